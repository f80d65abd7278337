package org.vnicconsole.model.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CapacityTableTest {

    @ParameterizedTest(name = "{0} vCPUs: {1} vNICs, {2} queues, {3} IPv4")
    @CsvSource({"1, 2, 1, 6", "2, 2, 1, 10", "4, 2, 2, 15", "8, 2, 4, 15", "16, 4, 8, 30",
        "32, 8, 16, 30", "64, 16, 32, 30"})
    void eachListedSizeHasTheCapsOfRulesMd(int vcpus, int vnics, int queues, int ipv4) {
        InstanceCaps caps = CapacityTable.forVcpus(vcpus);

        assertThat(caps).isEqualTo(new InstanceCaps(vcpus, vnics, queues, ipv4));
    }

    @ParameterizedTest(name = "{0} vCPUs take the {1} row")
    @CsvSource({"3, 2", "5, 4", "7, 4", "12, 8", "17, 16", "31, 16", "48, 32", "63, 32"})
    void aCountBetweenTwoRowsTakesTheLowerRow(int vcpus, int row) {
        assertThat(CapacityTable.forVcpus(vcpus)).isEqualTo(CapacityTable.forVcpus(row));
    }

    @ParameterizedTest(name = "{0} vCPUs")
    @ValueSource(ints = {65, 96, 128, 1024, Integer.MAX_VALUE})
    void aCountAbove64TakesThe64Row(int vcpus) {
        assertThat(CapacityTable.forVcpus(vcpus).vcpus()).isEqualTo(64);
    }

    @ParameterizedTest(name = "{0} vCPUs")
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void aCountBelowOneIsRefusedNamingIt(int vcpus) {
        assertThatThrownBy(() -> CapacityTable.forVcpus(vcpus))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1").hasMessageContaining(String.valueOf(vcpus));
    }

    @Test
    void theLargestPerVnicIpv4CapIs30() {
        assertThat(CapacityTable.largestIpv4PerVnic()).isEqualTo(30);
    }

    @Test
    void rowsAreSmallestFirstAndCannotBeChanged() {
        assertThat(CapacityTable.rows()).extracting(InstanceCaps::vcpus)
                .containsExactly(1, 2, 4, 8, 16, 32, 64);
        assertThatThrownBy(() -> CapacityTable.rows().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Property
    void capsNeverShrinkAsVcpusGrow(@ForAll @IntRange(min = 1, max = 200) int vcpus) {
        InstanceCaps caps = CapacityTable.forVcpus(vcpus);
        InstanceCaps bigger = CapacityTable.forVcpus(vcpus + 1);

        assertThat(bigger.maxVnics()).isGreaterThanOrEqualTo(caps.maxVnics());
        assertThat(bigger.queuesPerVnic()).isGreaterThanOrEqualTo(caps.queuesPerVnic());
        assertThat(bigger.ipv4PerVnic()).isGreaterThanOrEqualTo(caps.ipv4PerVnic());
        assertThat(caps.vcpus()).isLessThanOrEqualTo(vcpus);
    }
}
