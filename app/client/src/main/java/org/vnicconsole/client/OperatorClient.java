package org.vnicconsole.client;

import org.vnicconsole.model.api.operator.DescribeCapacityTableResponse;
import org.vnicconsole.model.api.operator.DescribeRuleCatalogueResponse;
import org.vnicconsole.model.api.operator.OperatorApi;

/**
 * One typed method per action of the control plane's operator service, in the zec wire format
 * under {@code /api/v2/operator}. Only the control plane serves it (a real Zenlayer endpoint
 * does not) and only operator keys may call it. Each method returns an {@link ApiCall} to run
 * with {@code execute()} or {@code executeAsync(executor)}. Thread-safe.
 */
public final class OperatorClient {

    private final ApiTransport transport;

    /** A client over the given transport, which the caller keeps and closes. */
    public OperatorClient(ApiTransport transport) {
        this.transport = transport;
    }

    /** Every rule of the catalogue with its id, section and text, in the order of RULES.md. */
    public ApiCall<DescribeRuleCatalogueResponse> describeRuleCatalogue() {
        return transport.newCall(ApiService.OPERATOR, OperatorApi.DESCRIBE_RULE_CATALOGUE, null,
                DescribeRuleCatalogueResponse.class);
    }

    /** The capacity table (caps by vCPU count) and the most IPv4s an unattached vNIC may hold. */
    public ApiCall<DescribeCapacityTableResponse> describeCapacityTable() {
        return transport.newCall(ApiService.OPERATOR, OperatorApi.DESCRIBE_CAPACITY_TABLE, null,
                DescribeCapacityTableResponse.class);
    }
}
