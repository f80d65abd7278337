package org.vnicconsole.client;

import org.vnicconsole.model.api.zec.AssignNetworkInterfaceIpv4Request;
import org.vnicconsole.model.api.zec.AssignNetworkInterfaceIpv6Request;
import org.vnicconsole.model.api.zec.AssociateEipAddressRequest;
import org.vnicconsole.model.api.zec.AssociateEipAddressResponse;
import org.vnicconsole.model.api.zec.AttachNetworkInterfaceRequest;
import org.vnicconsole.model.api.zec.AvailableLanIpRequest;
import org.vnicconsole.model.api.zec.AvailableLanIpResponse;
import org.vnicconsole.model.api.zec.BatchAssignNetworkInterfaceIpv4Request;
import org.vnicconsole.model.api.zec.BatchAssignNetworkInterfaceIpv4Response;
import org.vnicconsole.model.api.zec.ChangeEipBindTypeRequest;
import org.vnicconsole.model.api.zec.CreateEipsRequest;
import org.vnicconsole.model.api.zec.CreateEipsResponse;
import org.vnicconsole.model.api.zec.CreateNetworkInterfaceRequest;
import org.vnicconsole.model.api.zec.CreateNetworkInterfaceResponse;
import org.vnicconsole.model.api.zec.CreateSecurityGroupRequest;
import org.vnicconsole.model.api.zec.CreateSecurityGroupResponse;
import org.vnicconsole.model.api.zec.CreateSubnetRequest;
import org.vnicconsole.model.api.zec.CreateSubnetResponse;
import org.vnicconsole.model.api.zec.CreateVpcRequest;
import org.vnicconsole.model.api.zec.CreateVpcResponse;
import org.vnicconsole.model.api.zec.CreateZecInstancesRequest;
import org.vnicconsole.model.api.zec.CreateZecInstancesResponse;
import org.vnicconsole.model.api.zec.DeleteEipRequest;
import org.vnicconsole.model.api.zec.DeleteNetworkInterfaceRequest;
import org.vnicconsole.model.api.zec.DeleteSubnetRequest;
import org.vnicconsole.model.api.zec.DeleteVpcRequest;
import org.vnicconsole.model.api.zec.DescribeEipsRequest;
import org.vnicconsole.model.api.zec.DescribeImagesRequest;
import org.vnicconsole.model.api.zec.DescribeInstancesRequest;
import org.vnicconsole.model.api.zec.DescribeNetworkInterfaceRegionsRequest;
import org.vnicconsole.model.api.zec.DescribeNetworkInterfaceRegionsResponse;
import org.vnicconsole.model.api.zec.DescribeNetworkInterfacesRequest;
import org.vnicconsole.model.api.zec.DescribeSecurityGroupRuleRequest;
import org.vnicconsole.model.api.zec.DescribeSecurityGroupRuleResponse;
import org.vnicconsole.model.api.zec.DescribeSecurityGroupsRequest;
import org.vnicconsole.model.api.zec.DescribeSubnetsRequest;
import org.vnicconsole.model.api.zec.DescribeVpcsRequest;
import org.vnicconsole.model.api.zec.DescribeZoneInstanceConfigInfosRequest;
import org.vnicconsole.model.api.zec.DescribeZoneInstanceConfigInfosResponse;
import org.vnicconsole.model.api.zec.DescribeZonesRequest;
import org.vnicconsole.model.api.zec.DescribeZonesResponse;
import org.vnicconsole.model.api.zec.DetachNetworkInterfaceRequest;
import org.vnicconsole.model.api.zec.EipInfo;
import org.vnicconsole.model.api.zec.ImageInfo;
import org.vnicconsole.model.api.zec.InstanceInfo;
import org.vnicconsole.model.api.zec.ModifyInstanceTypeRequest;
import org.vnicconsole.model.api.zec.ModifyNetworkInterfaceAttributeRequest;
import org.vnicconsole.model.api.zec.NicInfo;
import org.vnicconsole.model.api.zec.Page;
import org.vnicconsole.model.api.zec.ReleaseInstancesRequest;
import org.vnicconsole.model.api.zec.ReleaseInstancesResponse;
import org.vnicconsole.model.api.zec.SecurityGroupInfo;
import org.vnicconsole.model.api.zec.StartIpForwardRequest;
import org.vnicconsole.model.api.zec.StopIpForwardRequest;
import org.vnicconsole.model.api.zec.SubnetInfo;
import org.vnicconsole.model.api.zec.UnassignNetworkInterfaceIpv4Request;
import org.vnicconsole.model.api.zec.UnassignNetworkInterfaceIpv6Request;
import org.vnicconsole.model.api.zec.UnassociateEipAddressRequest;
import org.vnicconsole.model.api.zec.UnassociateEipAddressResponse;
import org.vnicconsole.model.api.zec.VpcInfo;
import org.vnicconsole.model.api.zec.ZecApi;

/**
 * One typed method per action of the zec service (wire reference section 11), each returning an
 * {@link ApiCall} to run with {@code execute()} or {@code executeAsync(executor)}. Requests and
 * responses are the records of {@code org.vnicconsole.model.api.zec}; actions that answer with
 * nothing but a request id give {@code ApiCall<Void>}. Works against the control plane and,
 * for what the public API offers, against a real Zenlayer endpoint. Thread-safe.
 */
public final class ZecClient {

    private final ApiTransport transport;

    /** A client over the given transport, which the caller keeps and closes. */
    public ZecClient(ApiTransport transport) {
        this.transport = transport;
    }

    /** Lists vNICs matching the filters, one page at a time. */
    public ApiCall<Page<NicInfo>> describeNetworkInterfaces(
            DescribeNetworkInterfacesRequest request) {
        return page(ZecApi.DESCRIBE_NETWORK_INTERFACES, request, NicInfo.class);
    }

    /** Creates an elastic vNIC in a subnet, unattached; it is {@code PENDING} until ready. */
    public ApiCall<CreateNetworkInterfaceResponse> createNetworkInterface(
            CreateNetworkInterfaceRequest request) {
        return call(ZecApi.CREATE_NETWORK_INTERFACE, request, CreateNetworkInterfaceResponse.class);
    }

    /** Deletes a detached elastic vNIC. */
    public ApiCall<Void> deleteNetworkInterface(DeleteNetworkInterfaceRequest request) {
        return call(ZecApi.DELETE_NETWORK_INTERFACE, request, Void.class);
    }

    /** Attaches an available vNIC to an instance. */
    public ApiCall<Void> attachNetworkInterface(AttachNetworkInterfaceRequest request) {
        return call(ZecApi.ATTACH_NETWORK_INTERFACE, request, Void.class);
    }

    /** Detaches an elastic vNIC from its instance; it keeps its IPs, MAC and EIPs. */
    public ApiCall<Void> detachNetworkInterface(DetachNetworkInterfaceRequest request) {
        return call(ZecApi.DETACH_NETWORK_INTERFACE, request, Void.class);
    }

    /** Renames a vNIC or replaces its security group. */
    public ApiCall<Void> modifyNetworkInterfaceAttribute(
            ModifyNetworkInterfaceAttributeRequest request) {
        return call(ZecApi.MODIFY_NETWORK_INTERFACE_ATTRIBUTE, request, Void.class);
    }

    /** Adds one given private IPv4 to a vNIC. */
    public ApiCall<Void> assignNetworkInterfaceIpv4(AssignNetworkInterfaceIpv4Request request) {
        return call(ZecApi.ASSIGN_NETWORK_INTERFACE_IPV4, request, Void.class);
    }

    /** Adds private IPv4s by address or by count, all or none; returns what was assigned. */
    public ApiCall<BatchAssignNetworkInterfaceIpv4Response> batchAssignNetworkInterfaceIpv4(
            BatchAssignNetworkInterfaceIpv4Request request) {
        return call(ZecApi.BATCH_ASSIGN_NETWORK_INTERFACE_IPV4, request,
                BatchAssignNetworkInterfaceIpv4Response.class);
    }

    /** Removes secondary private IPv4s from a vNIC. */
    public ApiCall<Void> unassignNetworkInterfaceIpv4(UnassignNetworkInterfaceIpv4Request request) {
        return call(ZecApi.UNASSIGN_NETWORK_INTERFACE_IPV4, request, Void.class);
    }

    /** Gives an IPv4 vNIC its one IPv6 address. */
    public ApiCall<Void> assignNetworkInterfaceIpv6(AssignNetworkInterfaceIpv6Request request) {
        return call(ZecApi.ASSIGN_NETWORK_INTERFACE_IPV6, request, Void.class);
    }

    /**
     * Removes a vNIC's IPv6; the control plane refuses it (IPV6-ONE-WAY), the public API allows it.
     */
    public ApiCall<Void> unassignNetworkInterfaceIpv6(UnassignNetworkInterfaceIpv6Request request) {
        return call(ZecApi.UNASSIGN_NETWORK_INTERFACE_IPV6, request, Void.class);
    }

    /** Lists the regions where vNICs can be created. */
    public ApiCall<DescribeNetworkInterfaceRegionsResponse> describeNetworkInterfaceRegions(
            DescribeNetworkInterfaceRegionsRequest request) {
        return call(ZecApi.DESCRIBE_NETWORK_INTERFACE_REGIONS, request,
                DescribeNetworkInterfaceRegionsResponse.class);
    }

    /** Lists VPCs matching the filters, one page at a time. */
    public ApiCall<Page<VpcInfo>> describeVpcs(DescribeVpcsRequest request) {
        return page(ZecApi.DESCRIBE_VPCS, request, VpcInfo.class);
    }

    /** Creates a global VPC. */
    public ApiCall<CreateVpcResponse> createVpc(CreateVpcRequest request) {
        return call(ZecApi.CREATE_VPC, request, CreateVpcResponse.class);
    }

    /** Deletes a VPC that has no subnets left. */
    public ApiCall<Void> deleteVpc(DeleteVpcRequest request) {
        return call(ZecApi.DELETE_VPC, request, Void.class);
    }

    /** Lists subnets matching the filters, one page at a time. */
    public ApiCall<Page<SubnetInfo>> describeSubnets(DescribeSubnetsRequest request) {
        return page(ZecApi.DESCRIBE_SUBNETS, request, SubnetInfo.class);
    }

    /** Creates a subnet of a VPC in one region. */
    public ApiCall<CreateSubnetResponse> createSubnet(CreateSubnetRequest request) {
        return call(ZecApi.CREATE_SUBNET, request, CreateSubnetResponse.class);
    }

    /** Deletes a subnet nothing uses. */
    public ApiCall<Void> deleteSubnet(DeleteSubnetRequest request) {
        return call(ZecApi.DELETE_SUBNET, request, Void.class);
    }

    /** Lists security groups, one page at a time. */
    public ApiCall<Page<SecurityGroupInfo>> describeSecurityGroups(
            DescribeSecurityGroupsRequest request) {
        return page(ZecApi.DESCRIBE_SECURITY_GROUPS, request, SecurityGroupInfo.class);
    }

    /** Creates a security group with optional rules. */
    public ApiCall<CreateSecurityGroupResponse> createSecurityGroup(
            CreateSecurityGroupRequest request) {
        return call(ZecApi.CREATE_SECURITY_GROUP, request, CreateSecurityGroupResponse.class);
    }

    /** Reads the ingress and egress rules of one security group. */
    public ApiCall<DescribeSecurityGroupRuleResponse> describeSecurityGroupRule(
            DescribeSecurityGroupRuleRequest request) {
        return call(ZecApi.DESCRIBE_SECURITY_GROUP_RULE, request,
                DescribeSecurityGroupRuleResponse.class);
    }

    /** Lists zones with their region; not paged. */
    public ApiCall<DescribeZonesResponse> describeZones(DescribeZonesRequest request) {
        return call(ZecApi.DESCRIBE_ZONES, request, DescribeZonesResponse.class);
    }

    /** Lists instances with their vNICs, one page at a time. */
    public ApiCall<Page<InstanceInfo>> describeInstances(DescribeInstancesRequest request) {
        return page(ZecApi.DESCRIBE_INSTANCES, request, InstanceInfo.class);
    }

    /** Launches instances, each with its primary vNIC; they are {@code DEPLOYING} first. */
    public ApiCall<CreateZecInstancesResponse> createZecInstances(
            CreateZecInstancesRequest request) {
        return call(ZecApi.CREATE_ZEC_INSTANCES, request, CreateZecInstancesResponse.class);
    }

    /** Resizes a stopped instance. */
    public ApiCall<Void> modifyInstanceType(ModifyInstanceTypeRequest request) {
        return call(ZecApi.MODIFY_INSTANCE_TYPE, request, Void.class);
    }

    /** Releases instances; the response lists the ones that failed. */
    public ApiCall<ReleaseInstancesResponse> releaseInstances(ReleaseInstancesRequest request) {
        return call(ZecApi.RELEASE_INSTANCES, request, ReleaseInstancesResponse.class);
    }

    /** Turns IP forwarding on for an instance. */
    public ApiCall<Void> startIpForward(StartIpForwardRequest request) {
        return call(ZecApi.START_IP_FORWARD, request, Void.class);
    }

    /** Turns IP forwarding off for an instance. */
    public ApiCall<Void> stopIpForward(StopIpForwardRequest request) {
        return call(ZecApi.STOP_IP_FORWARD, request, Void.class);
    }

    /** Lists EIPs matching the filters, one page at a time. */
    public ApiCall<Page<EipInfo>> describeEips(DescribeEipsRequest request) {
        return page(ZecApi.DESCRIBE_EIPS, request, EipInfo.class);
    }

    /** Creates EIPs in a region, optionally bound to instances. */
    public ApiCall<CreateEipsResponse> createEips(CreateEipsRequest request) {
        return call(ZecApi.CREATE_EIPS, request, CreateEipsResponse.class);
    }

    /** Binds EIPs to a private IP; per-EIP failures come back in the response, not as errors. */
    public ApiCall<AssociateEipAddressResponse> associateEipAddress(
            AssociateEipAddressRequest request) {
        return call(ZecApi.ASSOCIATE_EIP_ADDRESS, request, AssociateEipAddressResponse.class);
    }

    /** Unbinds EIPs; per-EIP failures come back in the response. */
    public ApiCall<UnassociateEipAddressResponse> unassociateEipAddress(
            UnassociateEipAddressRequest request) {
        return call(ZecApi.UNASSOCIATE_EIP_ADDRESS, request, UnassociateEipAddressResponse.class);
    }

    /** Switches a bound EIP between FullNat (Standard) and Passthrough (Bypass). */
    public ApiCall<Void> changeEipBindType(ChangeEipBindTypeRequest request) {
        return call(ZecApi.CHANGE_EIP_BIND_TYPE, request, Void.class);
    }

    /** Lists the private IPs an EIP could be bound to. */
    public ApiCall<AvailableLanIpResponse> availableLanIp(AvailableLanIpRequest request) {
        return call(ZecApi.AVAILABLE_LAN_IP, request, AvailableLanIpResponse.class);
    }

    /** Releases an unbound EIP. */
    public ApiCall<Void> deleteEip(DeleteEipRequest request) {
        return call(ZecApi.DELETE_EIP, request, Void.class);
    }

    /** Lists instance types per zone with their size and stock; not paged. */
    public ApiCall<DescribeZoneInstanceConfigInfosResponse> describeZoneInstanceConfigInfos(
            DescribeZoneInstanceConfigInfosRequest request) {
        return call(ZecApi.DESCRIBE_ZONE_INSTANCE_CONFIG_INFOS, request,
                DescribeZoneInstanceConfigInfosResponse.class);
    }

    /** Lists images, one page at a time. */
    public ApiCall<Page<ImageInfo>> describeImages(DescribeImagesRequest request) {
        return page(ZecApi.DESCRIBE_IMAGES, request, ImageInfo.class);
    }

    private <T> ApiCall<T> call(String action, Object request, Class<T> responseType) {
        return transport.newCall(ApiService.ZEC, action, request, responseType);
    }

    private <T> ApiCall<Page<T>> page(String action, Object request, Class<T> rowType) {
        return transport.newPageCall(ApiService.ZEC, action, request, rowType);
    }
}
