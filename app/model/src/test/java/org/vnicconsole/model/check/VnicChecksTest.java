package org.vnicconsole.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vnicconsole.model.capacity.CapacityTable;
import org.vnicconsole.model.rules.RuleId;

class VnicChecksTest {

    private static VnicChecks.AttachFacts facts(String attachedTo, String vpc, int attached,
            int held, int vcpus) {
        return new VnicChecks.AttachFacts("nic-1", attachedTo, "r1", "vpc-1", held, "i-1", "r1",
                vpc, attached, CapacityTable.forVcpus(vcpus));
    }

    @Test
    void attachWithinCapsPasses() {
        assertThat(VnicChecks.attach(facts(null, "vpc-1", 1, 3, 1))).isEmpty();
    }

    @Test
    void attachBeyondMaxVnicsIsRefusedUnderCapVnics() {
        var verdict = VnicChecks.attach(facts(null, "vpc-1", 2, 1, 8)).orElseThrow();

        assertThat(verdict.rule()).isEqualTo(RuleId.CAP_VNICS);
        assertThat(verdict.explain()).contains("2 of 2 vNICs").endsWith("[CAP-VNICS]");
    }

    @Test
    void attachAcrossVpcsAlreadyAttachedOrTooFullIsRefusedWithItsRule() {
        assertThat(VnicChecks.attach(facts(null, "vpc-2", 0, 1, 1)).orElseThrow().rule())
                .isEqualTo(RuleId.VNIC_ATTACH_SCOPE);
        assertThat(VnicChecks.attach(facts("i-9", "vpc-1", 0, 1, 1)).orElseThrow().rule())
                .isEqualTo(RuleId.VNIC_ONE_INSTANCE);
        assertThat(VnicChecks.attach(facts(null, "vpc-1", 0, 7, 1)).orElseThrow().rule())
                .isEqualTo(RuleId.CAP_ATTACH_FIT);
    }

    @Test
    void ipv4AssignmentIsAllOrNothingAgainstTheCap() {
        assertThat(VnicChecks.assignIpv4("nic-1", 4, 2, 6)).isEmpty();
        assertThat(VnicChecks.assignIpv4("nic-1", 4, 3, 6).orElseThrow().rule())
                .isEqualTo(RuleId.CAP_IPV4);
    }

    @Test
    void ipv6IsOneAndOneWay() {
        assertThat(VnicChecks.enableIpv6("nic-1", true, false)).isEmpty();
        assertThat(VnicChecks.enableIpv6("nic-1", false, false).orElseThrow().rule())
                .isEqualTo(RuleId.IPV6_ONE);
        assertThat(VnicChecks.disableIpv6("nic-1").orElseThrow().rule())
                .isEqualTo(RuleId.IPV6_ONE_WAY);
    }

    @Test
    void eipModesNeverMixOnOneVnic() {
        assertThat(VnicChecks.bindEip("nic-1", "10.0.0.5", "Passthrough", List.of("FullNat"),
                false).orElseThrow().rule()).isEqualTo(RuleId.EIP_ONE_MODE);
        assertThat(VnicChecks.bindEip("nic-1", "10.0.0.5", "FullNat", List.of("FullNat"),
                false)).isEmpty();
        assertThat(VnicChecks.bindEip("nic-1", "10.0.0.5", "FullNat", List.of(), true)
                .orElseThrow().rule()).isEqualTo(RuleId.EIP_TO_PRIVATE_IP);
    }

    @Test
    void primaryVnicsCannotBeDetachedAndAttachedOnesCannotBeDeleted() {
        assertThat(VnicChecks.detach("nic-1", true, true).orElseThrow().rule())
                .isEqualTo(RuleId.PRIMARY_NO_DETACH);
        assertThat(VnicChecks.delete("nic-1", false, true).orElseThrow().rule())
                .isEqualTo(RuleId.ELASTIC_LIFECYCLE);
        assertThat(VnicChecks.delete("nic-1", false, false)).isEmpty();
    }

    @Test
    void resizeBelowWhatIsUsedIsRefused() {
        assertThat(VnicChecks.resize("i-1", 3, 2, CapacityTable.forVcpus(8)).orElseThrow()
                .rule()).isEqualTo(RuleId.CAP_RESIZE);
        assertThat(VnicChecks.resize("i-1", 2, 12, CapacityTable.forVcpus(8))).isEmpty();
    }
}
