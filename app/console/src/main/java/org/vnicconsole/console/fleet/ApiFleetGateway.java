package org.vnicconsole.console.fleet;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.client.AllPages;
import org.vnicconsole.client.ApiException;
import org.vnicconsole.client.ApiService;
import org.vnicconsole.client.ApiTransport;
import org.vnicconsole.client.OperatorClient;
import org.vnicconsole.client.ZecClient;
import org.vnicconsole.model.api.operator.DescribeHostsRequest;
import org.vnicconsole.model.api.operator.HostInfo;
import org.vnicconsole.model.api.zec.AssignNetworkInterfaceIpv6Request;
import org.vnicconsole.model.api.zec.AssociateEipAddressRequest;
import org.vnicconsole.model.api.zec.AttachNetworkInterfaceRequest;
import org.vnicconsole.model.api.zec.BatchAssignNetworkInterfaceIpv4Request;
import org.vnicconsole.model.api.zec.ChangeEipBindTypeRequest;
import org.vnicconsole.model.api.zec.CreateNetworkInterfaceRequest;
import org.vnicconsole.model.api.zec.CreateZecInstancesRequest;
import org.vnicconsole.model.api.zec.CreateZecInstancesResponse;
import org.vnicconsole.model.api.zec.DeleteNetworkInterfaceRequest;
import org.vnicconsole.model.api.zec.DescribeEipsRequest;
import org.vnicconsole.model.api.zec.DescribeImagesRequest;
import org.vnicconsole.model.api.zec.DescribeInstancesRequest;
import org.vnicconsole.model.api.zec.DescribeNetworkInterfacesRequest;
import org.vnicconsole.model.api.zec.DescribeSecurityGroupsRequest;
import org.vnicconsole.model.api.zec.DescribeSubnetsRequest;
import org.vnicconsole.model.api.zec.DescribeVpcsRequest;
import org.vnicconsole.model.api.zec.DescribeZonesRequest;
import org.vnicconsole.model.api.zec.DetachNetworkInterfaceRequest;
import org.vnicconsole.model.api.zec.ImageInfo;
import org.vnicconsole.model.api.zec.ModifyInstanceTypeRequest;
import org.vnicconsole.model.api.zec.ModifyNetworkInterfaceAttributeRequest;
import org.vnicconsole.model.api.zec.ReleaseInstancesRequest;
import org.vnicconsole.model.api.zec.StartIpForwardRequest;
import org.vnicconsole.model.api.zec.StopIpForwardRequest;
import org.vnicconsole.model.api.zec.UnassignNetworkInterfaceIpv4Request;
import org.vnicconsole.model.api.zec.UnassignNetworkInterfaceIpv6Request;
import org.vnicconsole.model.api.zec.UnassociateEipAddressRequest;

/**
 * The {@link FleetGateway} over the API client: the tenant transport for the {@code zec} service
 * and, when given, the operator transport for hosts and VFs. The caller owns and closes the
 * transports. Blocking; thread-safe like the client.
 */
public final class ApiFleetGateway implements FleetGateway {

    private static final Logger LOG = LoggerFactory.getLogger(ApiFleetGateway.class);
    private static final int PAGE = 500;
    private static final String MODIFY_NIC = "ModifyNetworkInterfaceAttribute";

    private final ZecClient zec;
    private final ApiTransport tenant;
    private final OperatorClient operator;
    private final String endpoint;
    private final Clock clock;

    /**
     * A gateway for one endpoint.
     *
     * @param tenant the transport signed with the tenant key
     * @param operator the transport signed with the operator key; null without one
     */
    public ApiFleetGateway(ApiTransport tenant, ApiTransport operator, Clock clock) {
        this.zec = new ZecClient(tenant);
        this.tenant = tenant;
        this.operator = operator == null ? null : new OperatorClient(operator);
        this.endpoint = tenant.config().scheme() + "://" + tenant.config().endpoint();
        this.clock = clock;
    }

    /** Reads every list at once on a few short-lived threads, then waits for all of them. */
    @Override
    public FleetSnapshot load() {
        ExecutorService readers = Executors.newFixedThreadPool(4, work -> {
            Thread thread = new Thread(work, "vnic-fleet-read");
            thread.setDaemon(true);
            return thread;
        });
        try {
            var zones = read(readers, () -> orEmpty(zec.describeZones(
                    new DescribeZonesRequest(null)).execute().zoneSet()));
            var vpcs = read(readers, () -> AllPages.collect(PAGE, (num, size) ->
                    zec.describeVpcs(new DescribeVpcsRequest(null, null, null, null, null, null,
                            size, num))));
            var subnets = read(readers, () -> AllPages.collect(PAGE, (num, size) ->
                    zec.describeSubnets(new DescribeSubnetsRequest(null, null, null, null, null,
                            null, size, num))));
            var instances = read(readers, () -> AllPages.collect(PAGE, (num, size) ->
                    zec.describeInstances(new DescribeInstancesRequest(null, null, null, null,
                            null, null, null, null, null, null, size, num))));
            var nics = read(readers, () -> AllPages.collect(PAGE, (num, size) ->
                    zec.describeNetworkInterfaces(new DescribeNetworkInterfacesRequest(null,
                            null, null, null, null, null, null, null, null, null, null, null,
                            null, size, num))));
            var eips = read(readers, () -> AllPages.collect(PAGE, (num, size) ->
                    zec.describeEips(new DescribeEipsRequest(null, null, null, null, null, size,
                            num, null, null, null, null, null, null, null, null, null, null,
                            null))));
            var groups = read(readers, () -> AllPages.collect(PAGE, (num, size) ->
                    zec.describeSecurityGroups(new DescribeSecurityGroupsRequest(null, null, size,
                            num))));
            var fabric = read(readers, this::fabric);
            return new FleetSnapshot(join(zones), join(vpcs), join(subnets), join(instances),
                    join(nics), join(eips), join(groups), join(fabric).hosts(),
                    join(fabric).note(), clock.instant());
        } finally {
            readers.shutdownNow();
        }
    }

    private Fabric fabric() {
        if (operator == null) {
            return new Fabric(List.of(),
                    "No operator key for this endpoint: the fabric is not visible.");
        }
        try {
            return new Fabric(AllPages.collect(PAGE, (num, size) -> operator.describeHosts(
                    new DescribeHostsRequest(null, null, true, size, num))), "");
        } catch (ApiException e) {
            LOG.debug("Fabric not readable: {}", e.toString());
            return new Fabric(List.of(), "The fabric could not be read: " + e.getMessage());
        }
    }

    private record Fabric(List<HostInfo> hosts, String note) {
    }

    private static <T> CompletableFuture<T> read(ExecutorService readers, Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, readers);
    }

    /** The value, or the read's own failure (an {@code ApiException}) rethrown as it was. */
    private static <T> T join(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public String endpoint() {
        return endpoint;
    }

    @Override
    public String createVnic(String subnetId, String name, String securityGroupId) {
        return zec.createNetworkInterface(new CreateNetworkInterfaceRequest(name, subnetId, null,
                null, securityGroupId, null, null, null, null, null, null, null, null))
                .execute().nicId();
    }

    @Override
    public void deleteVnic(String nicId) {
        zec.deleteNetworkInterface(new DeleteNetworkInterfaceRequest(nicId)).execute();
    }

    @Override
    public void attachVnic(String nicId, String instanceId) {
        zec.attachNetworkInterface(new AttachNetworkInterfaceRequest(nicId, instanceId)).execute();
    }

    @Override
    public void detachVnic(String nicId) {
        zec.detachNetworkInterface(new DetachNetworkInterfaceRequest(nicId)).execute();
    }

    @Override
    public List<String> assignIpv4(String nicId, int count, List<String> addresses) {
        boolean byCount = addresses == null || addresses.isEmpty();
        var reply = zec.batchAssignNetworkInterfaceIpv4(new BatchAssignNetworkInterfaceIpv4Request(
                nicId, byCount ? null : addresses, byCount ? count : null)).execute();
        return reply == null || reply.ipAddresses() == null ? List.of() : reply.ipAddresses();
    }

    @Override
    public void unassignIpv4(String nicId, List<String> addresses) {
        zec.unassignNetworkInterfaceIpv4(
                new UnassignNetworkInterfaceIpv4Request(nicId, addresses, null)).execute();
    }

    @Override
    public void enableIpv6(String nicId) {
        zec.assignNetworkInterfaceIpv6(
                new AssignNetworkInterfaceIpv6Request(nicId, null, null, null, null, null))
                .execute();
    }

    @Override
    public void disableIpv6(String nicId) {
        zec.unassignNetworkInterfaceIpv6(new UnassignNetworkInterfaceIpv6Request(nicId)).execute();
    }

    @Override
    public void bindEip(String eipId, String nicId, String privateIp, String bindType) {
        zec.associateEipAddress(new AssociateEipAddressRequest(List.of(eipId), null, nicId, null,
                null, privateIp, bindType)).execute();
    }

    @Override
    public void unbindEip(String eipId) {
        zec.unassociateEipAddress(new UnassociateEipAddressRequest(List.of(eipId))).execute();
    }

    @Override
    public void changeEipMode(String eipId, String bindType) {
        zec.changeEipBindType(new ChangeEipBindTypeRequest(eipId, bindType)).execute();
    }

    @Override
    public void setSecurityGroup(String nicId, String securityGroupId) {
        zec.modifyNetworkInterfaceAttribute(
                new ModifyNetworkInterfaceAttributeRequest(nicId, null, securityGroupId))
                .execute();
    }

    /** The control plane's extras of ModifyNetworkInterfaceAttribute, which the record lacks. */
    @Override
    public void setSourceDestCheck(String nicId, boolean enabled) {
        tenant.newCall(ApiService.ZEC, MODIFY_NIC, Map.of("nicId", nicId, "sourceDestCheck",
                enabled), Void.class).execute();
    }

    @Override
    public void setRateLimit(String nicId, int mbps) {
        tenant.newCall(ApiService.ZEC, MODIFY_NIC, Map.of("nicId", nicId, "rateLimitMbps", mbps),
                Void.class).execute();
    }

    @Override
    public void renameVnic(String nicId, String name) {
        zec.modifyNetworkInterfaceAttribute(
                new ModifyNetworkInterfaceAttributeRequest(nicId, name, null)).execute();
    }

    @Override
    public void setIpForwarding(String instanceId, boolean forwarding) {
        if (forwarding) {
            zec.startIpForward(new StartIpForwardRequest(instanceId)).execute();
        } else {
            zec.stopIpForward(new StopIpForwardRequest(instanceId)).execute();
        }
    }

    @Override
    public String launchInstance(String zoneId, String subnetId, String instanceType,
            String name) {
        List<ImageInfo> images = zec.describeImages(new DescribeImagesRequest(zoneId, null, null,
                null, null, null, null, null, 1, 20, null)).execute().dataSet();
        String imageId = images == null || images.isEmpty() ? null : images.get(0).imageId();
        CreateZecInstancesResponse reply = zec.createZecInstances(new CreateZecInstancesRequest(
                zoneId, imageId, instanceType, 1, subnetId, name, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null)).execute();
        List<String> ids = reply.instanceIdSet();
        return ids == null || ids.isEmpty() ? "" : ids.get(0);
    }

    @Override
    public void resizeInstance(String instanceId, String instanceType) {
        zec.modifyInstanceType(new ModifyInstanceTypeRequest(instanceId, instanceType)).execute();
    }

    @Override
    public void releaseInstance(String instanceId, boolean withElastic) {
        zec.releaseInstances(new ReleaseInstancesRequest(List.of(instanceId), withElastic))
                .execute();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
