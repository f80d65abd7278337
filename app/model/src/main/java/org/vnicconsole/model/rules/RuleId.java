package org.vnicconsole.model.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rule catalogue of design/RULES.md: every rule the control plane enforces, with its id, its
 * section and its text. Error messages, tests and the console's explanations cite {@link #id()}.
 * Immutable; safe from any thread.
 */
public enum RuleId {
    VNIC_SUBNET_FIXED("VNIC-SUBNET-FIXED", "Placement",
            "A vNIC is bound to exactly one subnet when it is created, and so to one VPC, "
                + "one zone and one region. That binding never changes. No action may move a vNIC "
                + "to another subnet."),
    VNIC_ATTACH_SCOPE("VNIC-ATTACH-SCOPE", "Placement",
            "An elastic vNIC can be attached to any instance in the same VPC and region as "
                + "its subnet. The instance's own subnet may differ (that is how an instance gets "
                + "a leg in a management or DMZ subnet). Attaching across VPCs or regions is "
                + "refused. A vNIC never moves across zones: once it has been attached to an "
                + "instance in one zone, attaching it to an instance in another zone is refused."),
    VNIC_ONE_INSTANCE("VNIC-ONE-INSTANCE", "Placement",
            "A vNIC is attached to at most one instance at a time."),
    PRIMARY_CREATED("PRIMARY-CREATED", "Primary and elastic",
            "Launching an instance creates its primary vNIC in the instance's subnet and "
                + "attaches it: primary private IPv4, MAC, and an IPv6 address when the subnet "
                + "has IPv6 and IPv6 was asked for at launch."),
    PRIMARY_NO_DETACH("PRIMARY-NO-DETACH", "Primary and elastic",
            "The primary vNIC cannot be detached, and cannot be deleted on its own. It is "
                + "released together with its instance."),
    PRIMARY_DEFAULT_ROUTE("PRIMARY-DEFAULT-ROUTE", "Primary and elastic",
            "The primary vNIC carries the instance's default route; an elastic vNIC does "
                + "not by default."),
    ELASTIC_LIFECYCLE("ELASTIC-LIFECYCLE", "Primary and elastic",
            "An elastic vNIC is created on its own (not attached), then attached and "
                + "detached on demand. It cannot be deleted while attached."),
    ELASTIC_IDENTITY("ELASTIC-IDENTITY", "Primary and elastic",
            "An elastic vNIC's identity is its private IPs, its MAC, its security group and "
                + "the EIPs bound to its private IPs. Detach and re-attach moves the whole "
                + "identity unchanged."),
    PRIMARY_IPS_STAY("PRIMARY-IPS-STAY", "Primary and elastic",
            "Private IPs of a primary vNIC never move to another instance. Only an elastic "
                + "vNIC keeps a private IP stable across instance replacement."),
    RELEASE_INSTANCE("RELEASE-INSTANCE", "Primary and elastic",
            "Releasing an instance releases its primary vNIC and frees that vNIC's IPs and "
                + "VF at once (there is no recycle period holding them). Its attached elastic "
                + "vNICs are detached and keep their identity, unless the caller asks for "
                + "dependent resources to go as well (the public API's dependResource, true when "
                + "absent there): then they are deleted and their EIPs unbound, not released. The "
                + "console asks, and keeps them by default."),
    CAP_VNICS("CAP-VNICS", "Capacity",
            "Attaching a vNIC beyond the instance's max vNICs is refused. An elastic vNIC "
                + "counts only while attached; detaching frees its slot."),
    CAP_IPV4("CAP-IPV4", "Capacity",
            "Assigning private IPv4s beyond the per-vNIC cap is refused, whole: a request "
                + "for several addresses either gets all or none."),
    CAP_ATTACH_FIT("CAP-ATTACH-FIT", "Capacity",
            "An unattached vNIC may hold up to the largest per-vNIC cap (30 addresses). "
                + "Attaching it to an instance whose per-vNIC cap is below what the vNIC holds is "
                + "refused, naming both numbers: detaching and re-attaching never drops an "
                + "address."),
    CAP_RESIZE("CAP-RESIZE", "Capacity",
            "Changing an instance's size to one whose caps are below what it uses now "
                + "(attached vNICs, IPs on any vNIC) is refused, naming what is over."),
    HOST_VF("HOST-VF", "Capacity",
            "Every attached vNIC holds one Virtual Function on its instance's host adapter, "
                + "and one queue set sized by the instance. A host's VFs and queues are finite: "
                + "an attach that fits the instance's caps is still refused when the host has no "
                + "free VF or queues, and the error says so. Detach returns them."),
    IPV4_PRIMARY("IPV4-PRIMARY", "Addresses",
            "Every vNIC has exactly one primary private IPv4, chosen by the platform from "
                + "the subnet or asked for explicitly (then it must be inside the subnet and "
                + "free). It cannot be removed."),
    IPV4_SECONDARY("IPV4-SECONDARY", "Addresses",
            "Secondary private IPv4s are assigned by count (platform picks) or by explicit "
                + "address (each must be inside the subnet and free)."),
    IPV4_RESERVED("IPV4-RESERVED", "Addresses",
            "The subnet's network address, its gateway (the first usable address) and its "
                + "broadcast address are never assigned. An address is never held by two vNICs."),
    IPV6_ONE("IPV6-ONE", "Addresses",
            "A vNIC in a subnet with IPv6 holds at most one IPv6 address, allocated at "
                + "creation or when IPv6 is enabled on it later. Enabling IPv6 in a subnet "
                + "without IPv6 is refused."),
    IPV6_DEFAULT("IPV6-DEFAULT", "Addresses",
            "Each IPv6-enabled vNIC is given its own /96 from the subnet's IPv6 prefix, and "
                + "its address is the first address of that /96. Decided here: the /96 that "
                + "begins at the subnet prefix's own first address is never handed out."),
    IPV6_ONE_WAY("IPV6-ONE-WAY", "Addresses",
            "IPv6 cannot be turned off on a vNIC once enabled. A request to remove it is "
                + "refused with the advice to replace the vNIC."),
    MAC_UNIQUE("MAC-UNIQUE", "Addresses",
            "The platform assigns every vNIC a MAC, unique in the region, locally "
                + "administered, and never reused while the vNIC exists."),
    EIP_TO_PRIVATE_IP("EIP-TO-PRIVATE-IP", "Elastic IPs",
            "An EIP binds to one private IPv4 of one vNIC, not to the vNIC as a whole. One "
                + "EIP to one private IP, and a private IP has at most one EIP."),
    EIP_ONE_MODE("EIP-ONE-MODE", "Elastic IPs",
            "All EIPs bound on one vNIC use the same forwarding mode, Standard or Bypass "
                + "(on the wire: FullNat and Passthrough). Binding a Bypass EIP on a vNIC that "
                + "has a Standard one (or the reverse), or changing one EIP's mode so they would "
                + "mix, is refused."),
    EIP_FOLLOWS("EIP-FOLLOWS", "Elastic IPs",
            "An EIP bound to an elastic vNIC's private IP follows that vNIC through detach "
                + "and re-attach."),
    IPV6_PUBLIC("IPV6-PUBLIC", "Elastic IPs",
            "Public IPv6 reaches the guest directly, without NAT; the console shows it as "
                + "such."),
    EIP_BYPASS_GUEST("EIP-BYPASS-GUEST", "Elastic IPs",
            "A Standard EIP is translated by the platform and needs nothing in the guest. A "
                + "Bypass EIP is delivered to the guest as is: the guest must hold the public "
                + "address on the failover master, so the console's guest configuration for a "
                + "Bypass EIP includes it. Both modes keep the client's source address on inbound "
                + "traffic. An EIP must be unbound before it is released."),
    VNIC_BOUNDARY("VNIC-BOUNDARY", "Per-vNIC boundaries",
            "Each vNIC is its own security, QoS and audit boundary: one security group, its "
                + "own rate limit, its own link-state telemetry, its own MAC."),
    SRC_DST_CHECK("SRC-DST-CHECK", "Per-vNIC boundaries",
            "Source/destination checking is on by default and can be turned off per vNIC (a "
                + "forwarding appliance needs it off). Decided here: the instance-level "
                + "forwarding switch of the public API turns it off or on for every vNIC of the "
                + "instance."),
    PF_PRIVATE("PF-PRIVATE", "Host side and live migration",
            "A host adapter's Physical Function is never given to a guest. It applies each "
                + "VF's rate limit, MAC and VLAN policy, and whether the VF may be mirrored."),
    FAILOVER_TRIPLET("FAILOVER-TRIPLET", "Host side and live migration",
            "Inside the guest each vNIC appears as three devices sharing one MAC: the "
                + "failover master (owns IPs, routes, firewall rules), the VF (primary slave, "
                + "fast path) and a virtio-net device (standby slave, used only while the VF is "
                + "away)."),
    MIGRATION_PATH("MIGRATION-PATH", "Host side and live migration",
            "A live migration of an instance moves every vNIC through: VF carrying traffic, "
                + "VF unplugged with the virtio standby carrying traffic, instance switched to "
                + "the target host, new VF from the target host's pool plugged, VF carrying "
                + "traffic again. IPs, MAC and the master device never change."),
    MIGRATION_CAPACITY("MIGRATION-CAPACITY", "Host side and live migration",
            "A migration is refused before it starts when the target host lacks a free VF "
                + "and queue set for every vNIC of the instance. A migration that fails midway "
                + "leaves the instance on the source host with its VFs back, never without a data "
                + "path."),
    CONFIGURE_MASTER("CONFIGURE-MASTER", "Host side and live migration",
            "Addresses, routes, firewall rules and application bindings belong on the "
                + "failover master only. Anything bound to the VF or the standby breaks when that "
                + "device goes away; the agent reports it.");

    private final String id;
    private final String section;
    private final String text;

    RuleId(String id, String section, String text) {
        this.id = id;
        this.section = section;
        this.text = text;
    }

    /** The rule's id as written in RULES.md, for example {@code VNIC-ATTACH-SCOPE}. */
    public String id() {
        return id;
    }

    /** The RULES.md section the rule belongs to. */
    public String section() {
        return section;
    }

    /** The rule's text. */
    public String text() {
        return text;
    }

    /** The id in brackets, as error messages end: {@code [CAP-VNICS]}. */
    public String tag() {
        return "[" + id + "]";
    }

    /** Finds a rule by its written id. */
    public static Optional<RuleId> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
