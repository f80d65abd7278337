package org.vnicconsole.model.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv6SlotsTest {

    private final Ipv6Slots slots = Ipv6Slots.parse("2001:db8:10:1::/64");

    @Test
    void theGatewayIsThePrefixsFirstAddressAfterItself() {
        assertThat(slots.gateway()).isEqualTo("2001:db8:10:1::1");
        assertThat(Ipv6Slots.parse("2001:db8:1:2:3:4::/95").gateway())
                .isEqualTo("2001:db8:1:2:3:4:0:1");
    }

    private static BigInteger value(String address) throws UnknownHostException {
        return new BigInteger(1, InetAddress.getByName(address).getAddress());
    }

    @Test
    void slotOneIsThePrefixPlusOneShiftedBy32() throws Exception {
        BigInteger expected = value("2001:db8:10:1::").add(BigInteger.ONE.shiftLeft(32));

        assertThat(value(slots.address(1))).isEqualTo(expected);
        assertThat(value(slots.address(1))).isEqualTo(value("2001:db8:10:1:0:1:0:0"));
    }

    @Test
    void aSlotsBlockIsTheSlash96StartingAtItsAddress() throws Exception {
        String block = slots.block(2);

        assertThat(block).endsWith("/96");
        assertThat(value(block.substring(0, block.indexOf('/'))))
                .isEqualTo(value(slots.address(2)));
    }

    @ParameterizedTest(name = "slot {0}")
    @ValueSource(longs = {0, -1})
    void slotZeroAndBelowAreNeverHandedOut(long slot) {
        assertThatThrownBy(() -> slots.address(slot))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("slot " + slot);
        assertThatThrownBy(() -> slots.block(slot))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSlotCountFollowsThePrefixLength() {
        assertThat(slots.slotCount()).isEqualTo(1L << 32);
        assertThat(Ipv6Slots.parse("2001:db8::/95").slotCount()).isEqualTo(2);
        assertThat(Ipv6Slots.parse("2001:db8::/32").slotCount()).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> Ipv6Slots.parse("2001:db8::/95").address(2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..1");
    }

    @ParameterizedTest(name = "{0} overlaps: {1}")
    @CsvSource({"2001:db8:10:1::/64, true", "2001:db8:10::/48, true",
        "2001:db8:10:1:1::/80, true", "2001:db8:10:2::/64, false", "fd00:10:1::/64, false"})
    void overlapsIsSymmetric(String other, boolean overlaps) {
        Ipv6Slots that = Ipv6Slots.parse(other);

        assertThat(slots.overlaps(that)).isEqualTo(overlaps);
        assertThat(that.overlaps(slots)).isEqualTo(overlaps);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"2001:db8::/31", "2001:db8::/96", "2001:db8::/128"})
    void prefixesOutside32To95AreRefused(String cidr) {
        assertThatThrownBy(() -> Ipv6Slots.parse(cidr))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside /32 to /95");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "2001:db8::1/64", "2001:db8::", "10.0.0.0/24", "nope/64"})
    void aMalformedPrefixIsRefused(String cidr) {
        assertThatThrownBy(() -> Ipv6Slots.parse(cidr))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void distinctSlotsGiveDistinctAddressesInsideThePrefix(
            @ForAll @LongRange(min = 1, max = 0xFFFFFFFEL) long slot) throws Exception {
        BigInteger prefix = value("2001:db8:10:1::");
        BigInteger address = value(slots.address(slot));

        assertThat(address.subtract(prefix)).isEqualTo(BigInteger.valueOf(slot).shiftLeft(32));
        assertThat(address.shiftRight(64)).isEqualTo(prefix.shiftRight(64));
        assertThat(slots.address(slot + 1)).isNotEqualTo(slots.address(slot));
    }
}
