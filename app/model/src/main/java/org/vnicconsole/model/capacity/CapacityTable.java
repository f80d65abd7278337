package org.vnicconsole.model.capacity;

import java.util.List;

/**
 * The capacity table of RULES.md, the one place its numbers live. Server and console both read
 * it. Caps depend on the vCPU count only, the same for every family. A count between two rows
 * takes the lower row; one above the last row takes the last row. Immutable and thread-safe.
 */
public final class CapacityTable {

    private static final List<InstanceCaps> ROWS = List.of(
            new InstanceCaps(1, 2, 1, 6),
            new InstanceCaps(2, 2, 1, 10),
            new InstanceCaps(4, 2, 2, 15),
            new InstanceCaps(8, 2, 4, 15),
            new InstanceCaps(16, 4, 8, 30),
            new InstanceCaps(32, 8, 16, 30),
            new InstanceCaps(64, 16, 32, 30));

    private CapacityTable() {
    }

    /** Every row, smallest first. */
    public static List<InstanceCaps> rows() {
        return ROWS;
    }

    /** The caps for an instance with this many vCPUs. */
    public static InstanceCaps forVcpus(int vcpus) {
        if (vcpus < 1) {
            throw new IllegalArgumentException("vCPU count must be at least 1, was " + vcpus);
        }
        InstanceCaps chosen = ROWS.get(0);
        for (InstanceCaps row : ROWS) {
            if (row.vcpus() <= vcpus) {
                chosen = row;
            }
        }
        return chosen;
    }

    /**
     * The largest per-vNIC IPv4 cap of any row: what an unattached vNIC may hold
     * (CAP-ATTACH-FIT).
     */
    public static int largestIpv4PerVnic() {
        return ROWS.stream().mapToInt(InstanceCaps::ipv4PerVnic).max().orElseThrow();
    }
}
