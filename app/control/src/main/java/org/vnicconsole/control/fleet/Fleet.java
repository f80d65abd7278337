package org.vnicconsole.control.fleet;

import java.util.List;

/**
 * A fleet definition as read from a JSON file under {@code resources/fleets/}: what to create in
 * an empty store. Resources refer to each other by {@code key}s that exist only in the file; the
 * store gets its own ids. Every record is loaded through the services, so a fleet obeys RULES.md.
 */
public record Fleet(
        List<RegionDef> regions,
        List<String> securityGroups,
        List<VpcDef> vpcs,
        List<HostDef> hosts,
        List<InstanceGroup> instances,
        List<ElasticDef> elasticVnics) {

    /** A region with its public EIP pool and its zones. */
    public record RegionDef(String id, String name, String eipPool, List<ZoneDef> zones) {
    }

    public record ZoneDef(String id, String name, String city) {
    }

    public record VpcDef(String name, String cidr, int mtu, List<SubnetDef> subnets) {
    }

    /** A subnet; {@code ipv6} is a prefix such as {@code 2001:db8:10:1::/64}, or null. */
    public record SubnetDef(String key, String name, String region, String cidr, String ipv6,
            String ipv6Type) {
    }

    /** A host; {@code count} above 1 makes several, {@code {n}} in the name numbering them. */
    public record HostDef(String name, int count, String zone, int vcpus, int memoryGib,
            List<AdapterDef> adapters) {
    }

    public record AdapterDef(String name, String pci, String driver, String model, int vfs,
            int queues) {
    }

    /**
     * A group of instances: {@code count} of them named with {@code {n}}, their types taken in
     * turn from {@code types}.
     */
    public record InstanceGroup(String key, String name, int count, List<String> types,
            String zone, String subnet, String image, boolean ipv6, int secondaryIps,
            boolean ipForward, List<EipDef> eips) {
    }

    /**
     * An elastic vNIC; {@code attachTo} names an instance ({@code key} plus {@code -n}, as in
     * {@code web-3}) or is null to leave it detached.
     */
    public record ElasticDef(String name, String subnet, String attachTo, int secondaryIps,
            boolean ipv6, Boolean sourceDestCheck, Integer rateLimitMbps, String securityGroup,
            List<EipDef> eips) {
    }

    /** An EIP bound to the vNIC's primary IP ({@code ip} null) or its n-th secondary. */
    public record EipDef(String name, String mode, Integer secondaryIndex) {
    }
}
