package org.vnicconsole.client;

import org.vnicconsole.model.api.operator.OperatorApi;
import org.vnicconsole.model.api.zec.ZecApi;

/**
 * The services the client speaks to, each with the path segment of its endpoint
 * ({@code /api/v2/<service>}) and the API version sent in {@code x-zc-version}. Immutable.
 */
public enum ApiService {
    /** The tenant service of the public Zenlayer API (vNICs, subnets, VPCs, EIPs, instances). */
    ZEC(ZecApi.SERVICE, ZecApi.VERSION),
    /** The control plane's own service for what the public API has no word for (hosts, VFs). */
    OPERATOR(OperatorApi.SERVICE, OperatorApi.VERSION);

    private final String pathSegment;
    private final String version;

    ApiService(String pathSegment, String version) {
        this.pathSegment = pathSegment;
        this.version = version;
    }

    /** The last path segment of the endpoint and the value of {@code x-zc-service}. */
    public String pathSegment() {
        return pathSegment;
    }

    /** The API version of this service's actions, sent as {@code x-zc-version}. */
    public String version() {
        return version;
    }
}
