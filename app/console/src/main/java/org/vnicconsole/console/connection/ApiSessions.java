package org.vnicconsole.console.connection;

import java.time.Clock;
import org.vnicconsole.client.ApiTransport;
import org.vnicconsole.client.CallListener;
import org.vnicconsole.client.ClientConfig;
import org.vnicconsole.console.fleet.ApiFleetGateway;
import org.vnicconsole.console.shell.ConsoleSession;

/**
 * Opens console sessions over the API client: one transport per key (tenant for {@code zec},
 * operator for hosts and VFs), both reporting to the activity log. Stateless.
 */
public final class ApiSessions {

    private ApiSessions() {
    }

    /**
     * A session to an endpoint.
     *
     * @param operatorKeyId empty or null without an operator key
     */
    public static ConsoleSession open(String endpoint, String scheme, String keyId,
            String secret, String operatorKeyId, String operatorSecret, CallListener listener) {
        ApiTransport tenant = ApiTransport.builder(ClientConfig.of(keyId, secret)
                .withEndpoint(endpoint, scheme)).listener(listener).build();
        ApiTransport operator = null;
        if (operatorKeyId != null && !operatorKeyId.isEmpty() && operatorSecret != null) {
            operator = ApiTransport.builder(ClientConfig.of(operatorKeyId, operatorSecret)
                    .withEndpoint(endpoint, scheme)).listener(listener).build();
        }
        ApiTransport operatorTransport = operator;
        return new ConsoleSession(new ApiFleetGateway(tenant, operator, Clock.systemUTC()), () -> {
            tenant.close();
            if (operatorTransport != null) {
                operatorTransport.close();
            }
        });
    }
}
