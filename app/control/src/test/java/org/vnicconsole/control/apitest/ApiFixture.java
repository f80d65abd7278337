package org.vnicconsole.control.apitest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import org.vnicconsole.client.ApiService;
import org.vnicconsole.client.ApiTransport;
import org.vnicconsole.client.ClientConfig;
import org.vnicconsole.client.OperatorClient;
import org.vnicconsole.client.ZecClient;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.TestPlanes;
import org.vnicconsole.control.api.Role;
import org.vnicconsole.control.auth.AccessKey;
import org.vnicconsole.control.auth.KeyRing;
import org.vnicconsole.control.server.ControlServer;

/**
 * A control plane on a fresh in-memory store behind a real API server on a free loopback port,
 * with the client library signing every call. For tests that drive the system only through
 * signed HTTP requests. Close it after the test.
 */
public final class ApiFixture implements AutoCloseable {

    private final ControlServer server;
    private final ApiTransport tenantTransport;
    private final ApiTransport operatorTransport;
    private final ZecClient zec;
    private final OperatorClient operator;

    private ApiFixture(ControlPlane plane) {
        KeyRing keys = new KeyRing(new AccessKey("AKTEST", "tenant-secret", Role.TENANT),
                new AccessKey("OKTEST", "operator-secret", Role.OPERATOR));
        this.server = ControlServer.startEmbedded(plane, keys);
        URI base = server.baseUri();
        String endpoint = base.getHost() + ":" + base.getPort();
        this.tenantTransport = ApiTransport.create(ClientConfig.of("AKTEST", "tenant-secret")
                .withEndpoint(endpoint, "http").withRetries(0, 0));
        this.operatorTransport = ApiTransport.create(ClientConfig.of("OKTEST", "operator-secret")
                .withEndpoint(endpoint, "http").withRetries(0, 0));
        this.zec = new ZecClient(tenantTransport);
        this.operator = new OperatorClient(operatorTransport);
    }

    /** An API over an empty store. */
    public static ApiFixture empty() {
        return new ApiFixture(TestPlanes.empty());
    }

    /** An API over the given plane, which the fixture closes. */
    public static ApiFixture over(ControlPlane plane) {
        return new ApiFixture(plane);
    }

    /** The tenant service, signed with the tenant key. */
    public ZecClient zec() {
        return zec;
    }

    /** The operator service, signed with the operator key. */
    public OperatorClient operator() {
        return operator;
    }

    /** The plane, for setting up what the tenant API cannot create (regions, hosts). */
    public ControlPlane plane() {
        return server.plane();
    }

    /**
     * Sends a zec action with any JSON-serialisable body (a map, a tree) signed with the tenant
     * key, and returns the {@code response} object as a tree: for checking wire names and types.
     */
    public JsonNode zecCall(String action, Object body) {
        return tenantTransport.call(ApiService.ZEC, action, body, JsonNode.class);
    }

    /** Sends an operator action with any body, signed with the operator key; see zecCall. */
    public JsonNode operatorCall(String action, Object body) {
        return operatorTransport.call(ApiService.OPERATOR, action, body, JsonNode.class);
    }

    /** The transport signing with the tenant key, for untyped and paged calls. */
    public ApiTransport tenantTransport() {
        return tenantTransport;
    }

    /** The transport signing with the operator key. */
    public ApiTransport operatorTransport() {
        return operatorTransport;
    }

    public URI baseUri() {
        return server.baseUri();
    }

    @Override
    public void close() {
        tenantTransport.close();
        operatorTransport.close();
        server.close();
    }
}
