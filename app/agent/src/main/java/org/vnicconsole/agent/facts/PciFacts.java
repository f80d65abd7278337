package org.vnicconsole.agent.facts;

/**
 * What the readers learned about one PCI function. A null field was not read. Filled by one
 * reader on one thread.
 */
public final class PciFacts {

    public final String address;
    public String description;
    public String driver;
    public Boolean virtualFunction;
    public String physfn;
    public Integer totalVfs;
    public Integer numVfs;
    public Integer vfOffset;
    public Integer vfStride;
    public Integer physicalSlot;
    public Integer iommuGroup;
    public final java.util.Map<Integer, String> virtfns = new java.util.LinkedHashMap<>();

    public PciFacts(String address) {
        this.address = address;
    }
}
