package org.vnicconsole.model.capacity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An instance type in the public naming, {@code <family>.cpu.<vCPUs>} such as {@code z2a.cpu.1}.
 * The family's digit is its memory in GiB per vCPU.
 *
 * @param family one of {@link #FAMILIES}
 * @param vcpus one of the capacity table's vCPU counts
 */
public record InstanceType(String family, int vcpus) {

    /** The instance families this system offers. */
    public static final List<String> FAMILIES = List.of("z2a", "z4a", "z2i", "z3a", "z4i");

    private static final Pattern NAME = Pattern.compile("([a-z][0-9][a-z])\\.cpu\\.([0-9]{1,3})");

    public InstanceType {
        if (!FAMILIES.contains(family)) {
            throw new IllegalArgumentException("unknown instance family " + family
                    + "; expected one of " + FAMILIES);
        }
        int row = vcpus;
        if (CapacityTable.rows().stream().noneMatch(caps -> caps.vcpus() == row)) {
            throw new IllegalArgumentException("no instance size with " + vcpus + " vCPUs");
        }
    }

    /** Parses a public type name; throws {@link IllegalArgumentException} naming what is wrong. */
    public static InstanceType parse(String name) {
        Matcher matcher = NAME.matcher(name == null ? "" : name);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("instance type '" + name
                    + "' is not of the form <family>.cpu.<vCPUs>, for example z2a.cpu.1");
        }
        return new InstanceType(matcher.group(1), Integer.parseInt(matcher.group(2)));
    }

    /** Every type: each family at each size of the capacity table. */
    public static List<InstanceType> all() {
        return FAMILIES.stream()
                .flatMap(family -> CapacityTable.rows().stream()
                        .map(caps -> new InstanceType(family, caps.vcpus())))
                .toList();
    }

    /** Memory in GiB. */
    public int memoryGib() {
        return vcpus * Character.getNumericValue(family.charAt(1));
    }

    /** The caps this type's size gives. */
    public InstanceCaps caps() {
        return CapacityTable.forVcpus(vcpus);
    }

    /** The public name, for example {@code z4i.cpu.16}. */
    public String name() {
        return family + ".cpu." + vcpus;
    }

    @Override
    public String toString() {
        return name();
    }
}
