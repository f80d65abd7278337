package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * The enum values of zec 2025-09-01 as the wire spells them (case-sensitive). Fields stay
 * strings in the records so an unknown value from a newer server never breaks a client; these
 * lists are what the server checks requests against. Constants only.
 */
public final class ZecValues {

    /** vNIC {@code status}. */
    public static final List<String> NIC_STATUS = List.of(
            "PENDING", "AVAILABLE", "ATTACHING", "DETACHING", "DELETING", "CREATE_FAILED", "USED");

    /** vNIC {@code nicType}: elastic vNICs are Secondary. */
    public static final List<String> NIC_TYPE = List.of("Primary", "Secondary");

    /** {@code nicSubnetType}, {@code nicStackType}, subnet {@code stackType}, ipStackType. */
    public static final List<String> STACK_TYPE = List.of("IPv4", "IPv4_IPv6", "IPv6");

    /** Subnet {@code ipv6Type}. */
    public static final List<String> IPV6_TYPE = List.of("Private", "Public");

    /** EIP {@code bindType}: Standard EIP is FullNat, Bypass EIP is Passthrough. */
    public static final List<String> BIND_TYPE = List.of("FullNat", "Passthrough");

    /** EIP {@code status}. */
    public static final List<String> EIP_STATUS = List.of(
            "CREATING", "DELETING", "ASSIGNING", "BINDED", "UNBIND", "RECYCLED", "CREATE_FAILED");

    /** EIP {@code associatedType}. */
    public static final List<String> EIP_ASSOCIATED_TYPE = List.of("NIC", "NAT", "LB", "HAVIP");

    /** Instance {@code status}. */
    public static final List<String> INSTANCE_STATUS = List.of(
            "DEPLOYING", "REBUILDING", "REBOOT", "RUNNING", "STOPPED", "BOOTING", "RELEASING",
            "STOPPING", "RECYCLE", "RECYCLING", "CREATE_FAILED", "IMAGING", "RESIZING");

    /** Instance {@code nicNetworkType}. */
    public static final List<String> NIC_NETWORK_TYPE =
            List.of("Auto", "FailOver", "VirtioOnly", "VfOnly");

    /** {@code internetChargeType}. */
    public static final List<String> INTERNET_CHARGE_TYPE =
            List.of("ByBandwidth", "ByTrafficPackage", "BandwidthCluster");

    /** {@code networkLineType}. */
    public static final List<String> NETWORK_LINE_TYPE = List.of(
            "PremiumBGP", "StandardBGP", "CN2", "LocalLine", "PathBasedBandwidthIP", "CMI", "CUG",
            "CTG");

    /** {@code rateLimitMode}. */
    public static final List<String> RATE_LIMIT_MODE = List.of("LOOSE", "STRICT");

    /** VPC {@code mtu}. */
    public static final List<Integer> VPC_MTU = List.of(1300, 1500, 9000);

    /** Security group {@code scope}. */
    public static final List<String> SECURITY_GROUP_SCOPE = List.of("Global");

    /** Security group rule {@code direction}. */
    public static final List<String> RULE_DIRECTION = List.of("ingress", "egress");

    /** Security group rule {@code ipProtocol}. */
    public static final List<String> RULE_PROTOCOL = List.of("tcp", "udp", "icmp", "all");

    /**
     * Names of VPCs, subnets and instances: 2 to 63 letters, digits, {@code -} and {@code .},
     * starting and ending with a letter or digit.
     */
    public static final String NAME_PATTERN = "[A-Za-z0-9]([A-Za-z0-9.-]{0,61}[A-Za-z0-9])?";

    /** Names of vNICs and EIPs: as {@link #NAME_PATTERN}, and {@code _} is allowed too. */
    public static final String NIC_OR_EIP_NAME_PATTERN =
            "[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?";

    /** Security-group names: 1 to 64 letters, digits, {@code -} and {@code .}. */
    public static final String SECURITY_GROUP_NAME_PATTERN = "[A-Za-z0-9.-]{1,64}";

    private ZecValues() {
    }
}
