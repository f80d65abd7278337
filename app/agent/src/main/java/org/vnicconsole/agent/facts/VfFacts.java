package org.vnicconsole.agent.facts;

import org.vnicconsole.agent.inventory.VfStats;

/**
 * One VF as the PF's VF list shows it ({@code vfinfo_list} or {@code vf N ...} lines). A null
 * field was not shown. Filled by one reader on one thread.
 */
public final class VfFacts {

    public final int index;
    public String mac;
    public Integer vlan;
    public Integer qos;
    public String vlanProtocol;
    public Long txRate;
    public Long maxTxRate;
    public Long minTxRate;
    public Boolean spoofCheck;
    public Boolean trust;
    public String linkState;
    public Boolean queryRss;
    public VfStats stats;

    public VfFacts(int index) {
        this.index = index;
    }
}
