package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * The names of the zec service on the wire: service, version and every action this system
 * serves, so server and client never spell them twice. Constants only.
 */
public final class ZecApi {

    /** The service name, the last segment of {@code /api/v2/zec}. */
    public static final String SERVICE = "zec";

    /** The API version sent in {@code x-zc-version}. */
    public static final String VERSION = "2025-09-01";

    public static final String DESCRIBE_NETWORK_INTERFACES = "DescribeNetworkInterfaces";
    public static final String CREATE_NETWORK_INTERFACE = "CreateNetworkInterface";
    public static final String DELETE_NETWORK_INTERFACE = "DeleteNetworkInterface";
    public static final String ATTACH_NETWORK_INTERFACE = "AttachNetworkInterface";
    public static final String DETACH_NETWORK_INTERFACE = "DetachNetworkInterface";
    public static final String MODIFY_NETWORK_INTERFACE_ATTRIBUTE =
            "ModifyNetworkInterfaceAttribute";
    public static final String ASSIGN_NETWORK_INTERFACE_IPV4 = "AssignNetworkInterfaceIpv4";
    public static final String BATCH_ASSIGN_NETWORK_INTERFACE_IPV4 =
            "BatchAssignNetworkInterfaceIpv4";
    public static final String UNASSIGN_NETWORK_INTERFACE_IPV4 = "UnassignNetworkInterfaceIpv4";
    public static final String ASSIGN_NETWORK_INTERFACE_IPV6 = "AssignNetworkInterfaceIpv6";
    public static final String UNASSIGN_NETWORK_INTERFACE_IPV6 = "UnassignNetworkInterfaceIpv6";
    public static final String DESCRIBE_NETWORK_INTERFACE_REGIONS =
            "DescribeNetworkInterfaceRegions";
    public static final String DESCRIBE_VPCS = "DescribeVpcs";
    public static final String CREATE_VPC = "CreateVpc";
    public static final String DELETE_VPC = "DeleteVpc";
    public static final String DESCRIBE_SUBNETS = "DescribeSubnets";
    public static final String CREATE_SUBNET = "CreateSubnet";
    public static final String DELETE_SUBNET = "DeleteSubnet";
    public static final String DESCRIBE_SECURITY_GROUPS = "DescribeSecurityGroups";
    public static final String CREATE_SECURITY_GROUP = "CreateSecurityGroup";
    public static final String DESCRIBE_SECURITY_GROUP_RULE = "DescribeSecurityGroupRule";
    public static final String DESCRIBE_ZONES = "DescribeZones";
    public static final String DESCRIBE_INSTANCES = "DescribeInstances";
    public static final String CREATE_ZEC_INSTANCES = "CreateZecInstances";
    public static final String MODIFY_INSTANCE_TYPE = "ModifyInstanceType";
    public static final String RELEASE_INSTANCES = "ReleaseInstances";
    public static final String START_IP_FORWARD = "StartIpForward";
    public static final String STOP_IP_FORWARD = "StopIpForward";
    public static final String DESCRIBE_EIPS = "DescribeEips";
    public static final String CREATE_EIPS = "CreateEips";
    public static final String ASSOCIATE_EIP_ADDRESS = "AssociateEipAddress";
    public static final String UNASSOCIATE_EIP_ADDRESS = "UnassociateEipAddress";
    public static final String CHANGE_EIP_BIND_TYPE = "ChangeEipBindType";
    public static final String AVAILABLE_LAN_IP = "AvailableLanIp";
    public static final String DELETE_EIP = "DeleteEip";
    public static final String DESCRIBE_ZONE_INSTANCE_CONFIG_INFOS =
            "DescribeZoneInstanceConfigInfos";
    public static final String DESCRIBE_IMAGES = "DescribeImages";

    /** Every action above, in the reference's order. */
    public static final List<String> ACTIONS = List.of(
            DESCRIBE_NETWORK_INTERFACES, CREATE_NETWORK_INTERFACE, DELETE_NETWORK_INTERFACE,
            ATTACH_NETWORK_INTERFACE, DETACH_NETWORK_INTERFACE, MODIFY_NETWORK_INTERFACE_ATTRIBUTE,
            ASSIGN_NETWORK_INTERFACE_IPV4, BATCH_ASSIGN_NETWORK_INTERFACE_IPV4,
            UNASSIGN_NETWORK_INTERFACE_IPV4, ASSIGN_NETWORK_INTERFACE_IPV6,
            UNASSIGN_NETWORK_INTERFACE_IPV6, DESCRIBE_NETWORK_INTERFACE_REGIONS,
            DESCRIBE_VPCS, CREATE_VPC, DELETE_VPC, DESCRIBE_SUBNETS, CREATE_SUBNET, DELETE_SUBNET,
            DESCRIBE_SECURITY_GROUPS, CREATE_SECURITY_GROUP, DESCRIBE_SECURITY_GROUP_RULE,
            DESCRIBE_ZONES, DESCRIBE_INSTANCES, CREATE_ZEC_INSTANCES, MODIFY_INSTANCE_TYPE,
            RELEASE_INSTANCES, START_IP_FORWARD, STOP_IP_FORWARD, DESCRIBE_EIPS, CREATE_EIPS,
            ASSOCIATE_EIP_ADDRESS, UNASSOCIATE_EIP_ADDRESS, CHANGE_EIP_BIND_TYPE, AVAILABLE_LAN_IP,
            DELETE_EIP, DESCRIBE_ZONE_INSTANCE_CONFIG_INFOS, DESCRIBE_IMAGES);

    private ZecApi() {
    }
}
