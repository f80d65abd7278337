package org.vnicconsole.agent.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vnicconsole.agent.inventory.IpAddress;
import org.vnicconsole.agent.inventory.LinkStats;

/**
 * What the readers learned about one network device. A null field was not read. Filled by one
 * reader on one thread, then only read; not safe for concurrent writes.
 */
public final class LinkFacts {

    public final String name;
    public Integer ifindex;
    public String mac;
    public List<String> flags;
    public Integer mtu;
    public Integer maxMtu;
    public String qdisc;
    public String operState;
    /** The master's name; the empty string when read and there is none. */
    public String master;
    /** The rtnl link kind; the empty string when read and there is none. */
    public String kind;
    public String slaveKind;
    /** The driver; the empty string for a virtual device, which has none. */
    public String driver;
    public String pciAddress;
    /** The real path of the device's parent, to tell whether two netdevs share a parent. */
    public String parentPath;
    public String physPortName;
    public Boolean virtioStandbyFeature;
    public Boolean hvPci;
    public Integer carrier;
    public Long speed;
    public String alias;
    public Integer promiscuity;
    public Integer numTxQueues;
    public Integer numRxQueues;
    public LinkStats stats;
    public final List<String> altnames = new ArrayList<>();
    public final List<String> lowers = new ArrayList<>();
    public final List<String> uppers = new ArrayList<>();
    /** The addresses; null when the input showed none to read. */
    public List<IpAddress> addresses;
    /** The PF-side VF list of this device; null when not shown. */
    public List<VfFacts> vfs;
    /** Whether {@code sriov_totalvfs} exists, whatever it holds. */
    public boolean sriovFilePresent;
    public Integer totalVfs;
    public Integer numVfs;
    /** Index to PCI address of each VF, from the {@code virtfnN} links. */
    public final Map<Integer, String> virtfns = new LinkedHashMap<>();
    /** The PF's PCI address when this device is a VF. */
    public String physfn;
    public Integer iommuGroup;
    public String description;
    /** A role the input states in words ({@code master}, {@code slave}). */
    public String statedRole;
    /** NetworkManager's device state and connection, from {@code nmcli dev}. */
    public String nmType;
    public String nmState;
    public String nmConnection;
    /** Properties from the udev database ({@code udevadm info}). */
    public final Map<String, String> udev = new LinkedHashMap<>();
    /** The last datapath switch an hv_netvsc log line reported: {@code vf} or {@code synthetic}. */
    public String netvscDatapath;
    /** The name the device had before a rename. */
    public String renamedFrom;
    /** Whether hv_netvsc's {@code vf_*} counters on this synthetic device are non-zero. */
    public Boolean vfCountersNonZero;
    public String joinedTo;

    public LinkFacts(String name) {
        this.name = name;
    }

    /** Whether a flag is set; false when the flags are unknown. */
    public boolean hasFlag(String flag) {
        return flags != null && flags.contains(flag);
    }

    /** Whether the device is administratively up and has carrier, as far as known. */
    public boolean isUpWithCarrier() {
        if (flags != null) {
            return flags.contains("UP")
                    && (flags.contains("LOWER_UP") || flags.contains("RUNNING"));
        }
        return "UP".equals(operState) || Integer.valueOf(1).equals(carrier);
    }

    /** Whether the device is up at all, as far as known. */
    public boolean isUp() {
        if (flags != null) {
            return flags.contains("UP");
        }
        return "UP".equals(operState);
    }

    /** Whether the master relation was read and names a master. */
    public boolean hasMaster() {
        return master != null && !master.isEmpty();
    }

    /** Whether this device is a VF, as far as the input shows. */
    public boolean isVirtualFunction() {
        return physfn != null || (description != null && description.contains("Virtual Function"));
    }
}
