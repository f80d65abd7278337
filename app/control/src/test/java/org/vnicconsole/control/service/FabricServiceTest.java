package org.vnicconsole.control.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FabricServiceTest {

    @Test
    void vfAddressesFollowOffsetAndStrideFromTheFirstFunction() {
        assertThat(FabricService.vfPciAddress("0000:0c:00.0", 0, 64)).isEqualTo("0000:0c:01.0");
        assertThat(FabricService.vfPciAddress("0000:0c:00.0", 9, 64)).isEqualTo("0000:0c:02.1");
    }

    @Test
    void twoFunctionsOfOneDeviceNeverShareAVfAddress() {
        Set<String> seen = new HashSet<>();

        for (int index = 0; index < 128; index++) {
            seen.add(FabricService.vfPciAddress("0000:3b:00.0", index, 128));
            seen.add(FabricService.vfPciAddress("0000:3b:00.1", index, 128));
        }

        assertThat(seen).hasSize(256);
        assertThat(FabricService.vfPciAddress("0000:3b:00.1", 127, 128)).isEqualTo("0000:3c:00.7");
    }
}
