package org.vnicconsole.control.fleet;

import java.util.ArrayList;
import java.util.List;
import org.vnicconsole.control.fleet.Fleet.AdapterDef;
import org.vnicconsole.control.fleet.Fleet.EipDef;
import org.vnicconsole.control.fleet.Fleet.ElasticDef;
import org.vnicconsole.control.fleet.Fleet.HostDef;
import org.vnicconsole.control.fleet.Fleet.InstanceGroup;
import org.vnicconsole.control.fleet.Fleet.RegionDef;
import org.vnicconsole.control.fleet.Fleet.SubnetDef;
import org.vnicconsole.control.fleet.Fleet.VpcDef;
import org.vnicconsole.control.fleet.Fleet.ZoneDef;

/**
 * Makes large fleets for benchmarks: one region with four zones, a /16 subnet per zone, enough
 * hosts for the instances, instances of 4 and 16 vCPUs in equal shares, an elastic vNIC on every
 * fourth instance and a Standard EIP on every tenth. Deterministic for a given size.
 */
public final class FleetGenerator {

    private static final int ZONES = 4;
    private static final int INSTANCES_PER_HOST = 24;

    private FleetGenerator() {
    }

    /** A fleet of about {@code instances} instances (rounded up to a multiple of the zones). */
    public static Fleet generate(int instances) {
        if (instances < ZONES || instances > 200_000) {
            throw new IllegalArgumentException("a generated fleet has 4 to 200000 instances");
        }
        int perZone = (instances + ZONES - 1) / ZONES;
        List<ZoneDef> zones = new ArrayList<>();
        List<SubnetDef> subnets = new ArrayList<>();
        List<HostDef> hosts = new ArrayList<>();
        List<InstanceGroup> groups = new ArrayList<>();
        List<ElasticDef> elastics = new ArrayList<>();
        int hostsPerZone = (perZone + INSTANCES_PER_HOST - 1) / INSTANCES_PER_HOST;
        for (int z = 0; z < ZONES; z++) {
            String zone = "bench-1" + (char) ('a' + z);
            zones.add(new ZoneDef(zone, "BENCH-" + (char) ('A' + z), "Bench City"));
            subnets.add(new SubnetDef("s" + z, "bench-" + z, "bench-1", "10." + (64 + z * 4)
                    + ".0.0/14", null, null));
            hosts.add(new HostDef("bench-" + z + "-h{n}", hostsPerZone, zone, 256, 1024,
                    List.of(new AdapterDef("ens1f0", "0000:3b:00.0", "mlx5_core",
                            "ConnectX-6 Dx", 128, 1024))));
            groups.add(new InstanceGroup("z" + z, "bench-" + z + "-{n}", perZone,
                    List.of("z2a.cpu.4", "z4i.cpu.16"), zone, "s" + z, "ubuntu2404_20240712",
                    false, 1, false, List.of()));
            for (int n = 1; n <= perZone; n += 4) {
                List<EipDef> eips = n % 40 == 1
                        ? List.of(new EipDef("bench-eip", "FullNat", null)) : List.of();
                elastics.add(new ElasticDef("bench-" + z + "-" + n + "-data", "s" + z,
                        "z" + z + "-" + n, 1, false, null, null, null, eips));
            }
        }
        return new Fleet(List.of(new RegionDef("bench-1", "Bench", "100.64.0.0/10", zones)),
                List.of("default"), List.of(new VpcDef("bench", "10.64.0.0/12", 1500, subnets)),
                hosts, groups, elastics);
    }
}
