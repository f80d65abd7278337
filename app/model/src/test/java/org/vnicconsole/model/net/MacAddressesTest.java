package org.vnicconsole.model.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MacAddressesTest {

    @ParameterizedTest(name = "serial {0}")
    @CsvSource({"0, 02:5a:00:00:00:00", "1, 02:5a:00:00:00:01", "258, 02:5a:00:00:01:02",
        "4294967295, 02:5a:ff:ff:ff:ff"})
    void aSerialBecomesTheLastFourOctets(long serial, String mac) {
        assertThat(MacAddresses.forSerial(serial)).isEqualTo(mac);
    }

    @ParameterizedTest(name = "serial {0}")
    @ValueSource(longs = {-1, 4294967296L})
    void aSerialOutsideTheSpaceIsRefused(long serial) {
        assertThatThrownBy(() -> MacAddresses.forSerial(serial))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(serial));
    }

    @Test
    void onlyLocallyAdministeredUnicastMacsAreRecognised() {
        assertThat(MacAddresses.isLocallyAdministeredUnicast("02:5a:00:00:00:01")).isTrue();
        assertThat(MacAddresses.isLocallyAdministeredUnicast("00:1b:21:3a:4f:10")).isFalse();
        assertThat(MacAddresses.isLocallyAdministeredUnicast("03:00:00:00:00:01")).isFalse();
        assertThat(MacAddresses.isLocallyAdministeredUnicast("01:00:5e:00:00:01")).isFalse();
    }

    @Property
    void everySerialGivesALocallyAdministeredUnicastMacItsOwn(
            @ForAll @LongRange(min = 0, max = MacAddresses.SPACE - 2) long serial) {
        String mac = MacAddresses.forSerial(serial);

        assertThat(mac).matches("02:5a(:[0-9a-f]{2}){4}");
        assertThat(MacAddresses.isLocallyAdministeredUnicast(mac)).isTrue();
        assertThat(MacAddresses.forSerial(serial + 1)).isNotEqualTo(mac);
        assertThat(Long.parseLong(mac.substring(6).replace(":", ""), 16)).isEqualTo(serial);
    }
}
