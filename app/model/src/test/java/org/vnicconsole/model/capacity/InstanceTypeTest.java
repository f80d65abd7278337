package org.vnicconsole.model.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InstanceTypeTest {

    @Test
    void parsesFamilyAndVcpusFromThePublicName() {
        InstanceType type = InstanceType.parse("z4i.cpu.16");

        assertThat(type.family()).isEqualTo("z4i");
        assertThat(type.vcpus()).isEqualTo(16);
        assertThat(type.name()).isEqualTo("z4i.cpu.16");
        assertThat(type).hasToString("z4i.cpu.16");
    }

    @ParameterizedTest(name = "{0} has {1} GiB")
    @CsvSource({"z2a.cpu.1, 2", "z2a.cpu.4, 8", "z4a.cpu.4, 16", "z3a.cpu.2, 6",
        "z2i.cpu.64, 128", "z4i.cpu.64, 256"})
    void memoryIsTheFamilyDigitInGibPerVcpu(String name, int gib) {
        assertThat(InstanceType.parse(name).memoryGib()).isEqualTo(gib);
    }

    @Test
    void theCapsComeFromTheCapacityTable() {
        assertThat(InstanceType.parse("z3a.cpu.32").caps())
                .isEqualTo(CapacityTable.forVcpus(32));
    }

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = {"z2a-cpu-1", "Z2A.cpu.1", "z2a.cpu.", "z2a.gpu.1", "z2a.cpu.1000",
        " z2a.cpu.1", "zz.cpu.1"})
    void aNameNotOfTheFormIsRefusedWithAnExample(String name) {
        assertThatThrownBy(() -> InstanceType.parse(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<family>.cpu.<vCPUs>")
                .hasMessageContaining("z2a.cpu.1");
    }

    @Test
    void anUnknownFamilyIsRefusedListingTheFamilies() {
        assertThatThrownBy(() -> InstanceType.parse("z9z.cpu.4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("z9z").hasMessageContaining("z2a, z4a, z2i, z3a, z4i");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"z2a.cpu.3", "z2a.cpu.0", "z4a.cpu.128"})
    void aSizeOffTheTableIsRefused(String name) {
        assertThatThrownBy(() -> InstanceType.parse(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no instance size with");
    }

    @Test
    void allIsEveryFamilyAtEverySize() {
        assertThat(InstanceType.all()).hasSize(5 * 7).doesNotHaveDuplicates()
                .contains(new InstanceType("z2a", 1), new InstanceType("z4i", 64));
    }

    @Provide
    Arbitrary<InstanceType> types() {
        return Arbitraries.of(InstanceType.all());
    }

    @Property
    void parsingTheNameGivesTheTypeBack(@ForAll("types") InstanceType type) {
        assertThat(InstanceType.parse(type.name())).isEqualTo(type);
    }
}
