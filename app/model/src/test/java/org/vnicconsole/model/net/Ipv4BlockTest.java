package org.vnicconsole.model.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vnicconsole.model.net.Ipv4Block.Reserved;

class Ipv4BlockTest {

    private final Ipv4Block block = Ipv4Block.parse("10.0.1.0/24");

    private static long address(String text) {
        return Ipv4Block.parseAddress(text);
    }

    @Test
    void networkGatewayAndBroadcastAreReserved() {
        assertThat(block.reserved(address("10.0.1.0"))).contains(Reserved.NETWORK);
        assertThat(block.reserved(address("10.0.1.1"))).contains(Reserved.GATEWAY);
        assertThat(block.reserved(address("10.0.1.255"))).contains(Reserved.BROADCAST);
        assertThat(block.reserved(address("10.0.1.2"))).isEmpty();
        assertThat(block.reserved(address("10.0.1.254"))).isEmpty();
    }

    @Test
    void theAssignableRangeLiesBetweenGatewayAndBroadcast() {
        assertThat(Ipv4Block.format(block.gateway())).isEqualTo("10.0.1.1");
        assertThat(Ipv4Block.format(block.firstAssignable())).isEqualTo("10.0.1.2");
        assertThat(Ipv4Block.format(block.lastAssignable())).isEqualTo("10.0.1.254");
        assertThat(block.assignableCount()).isEqualTo(253);
        assertThat(Ipv4Block.parse("10.0.1.0/29").assignableCount()).isEqualTo(5);
    }

    @Test
    void containsAddressesAndBlocksInsideIt() {
        assertThat(block.contains(address("10.0.1.0"))).isTrue();
        assertThat(block.contains(address("10.0.1.255"))).isTrue();
        assertThat(block.contains(address("10.0.2.0"))).isFalse();
        assertThat(block.contains(address("10.0.0.255"))).isFalse();
        assertThat(block.contains(Ipv4Block.parse("10.0.1.128/25"))).isTrue();
        assertThat(block.contains(Ipv4Block.parse("10.0.0.0/23"))).isFalse();
    }

    @ParameterizedTest(name = "{0} overlaps: {1}")
    @CsvSource({"10.0.0.0/16, true", "10.0.1.128/26, true", "10.0.0.0/24, false",
        "10.0.2.0/24, false", "10.0.1.0/24, true"})
    void overlapsIsSymmetric(String other, boolean overlaps) {
        Ipv4Block that = Ipv4Block.parse(other);

        assertThat(block.overlaps(that)).isEqualTo(overlaps);
        assertThat(that.overlaps(block)).isEqualTo(overlaps);
    }

    @Test
    void hostBitsAreRefusedNamingTheBlock() {
        assertThatThrownBy(() -> Ipv4Block.parse("10.0.1.5/24"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("host bits").hasMessageContaining("10.0.1.0/24");
    }

    @ParameterizedTest(name = "/{0}")
    @ValueSource(ints = {8, 16, 24, 29})
    void prefixesFrom8To29AreAccepted(int prefix) {
        Ipv4Block parsed = Ipv4Block.parse("10.0.0.0/" + prefix);

        assertThat(parsed.prefixLength()).isEqualTo(prefix);
        assertThat(parsed.cidr()).isEqualTo("10.0.0.0/" + prefix);
    }

    @ParameterizedTest(name = "/{0}")
    @ValueSource(ints = {0, 7, 30, 31, 32})
    void prefixesOutside8To29AreRefused(int prefix) {
        assertThatThrownBy(() -> Ipv4Block.parse("10.0.0.0/" + prefix))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/" + prefix).hasMessageContaining("/8 to /29");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", " ", "10.0.1.0", "10.0.1.0/33", "ten/24", "2001:db8::/64"})
    void aMalformedBlockIsRefused(String cidr) {
        assertThatThrownBy(() -> Ipv4Block.parse(cidr))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"10.0.1.256", "10.0.1.7/32", "10.0.1.*", "fe80::1", "host"})
    void aMalformedAddressIsRefusedQuotingIt(String text) {
        assertThatThrownBy(() -> Ipv4Block.parseAddress(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void anIpv6ValueIsRefusedSayingWhatWasExpected() {
        assertThatThrownBy(() -> Ipv4Block.parseAddress("fe80::1"))
                .hasMessage("'fe80::1' is not an IPv4 address");
        assertThatThrownBy(() -> Ipv4Block.parse("2001:db8::/64"))
                .hasMessage("'2001:db8::/64' is not an IPv4 CIDR block");
    }

    @Property
    void formattingAndParsingAnAddressRoundTrips(
            @ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long value) {
        assertThat(Ipv4Block.parseAddress(Ipv4Block.format(value))).isEqualTo(value);
    }

    @Property
    void everyAddressOfABlockIsReservedOrAssignableNeverBoth(
            @ForAll @IntRange(min = 8, max = 29) int prefix,
            @ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long any) {
        long network = 0x0A000000L & (0xFFFFFFFFL << (32 - prefix));
        Ipv4Block parsed = Ipv4Block.parse(Ipv4Block.format(network) + "/" + prefix);
        long address = network + any % (1L << (32 - prefix));

        boolean assignable = address >= parsed.firstAssignable()
                && address <= parsed.lastAssignable();

        assertThat(parsed.contains(address)).isTrue();
        assertThat(parsed.reserved(address).isPresent()).isNotEqualTo(assignable);
    }
}
