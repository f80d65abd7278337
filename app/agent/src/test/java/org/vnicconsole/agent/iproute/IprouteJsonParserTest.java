package org.vnicconsole.agent.iproute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vnicconsole.agent.facts.MachineFacts;
import org.vnicconsole.agent.facts.VfFacts;

/** iproute2 JSON in the key spellings of old and new releases. */
class IprouteJsonParserTest {

    private final IprouteJsonParser parser = new IprouteJsonParser();

    @Test
    void readsTheNewVfinfoKeysAndCounters() {
        String json = "[{\"ifindex\":4,\"ifname\":\"ens1f0\",\"flags\":[\"BROADCAST\",\"UP\"],"
                + "\"mtu\":9000,\"operstate\":\"UP\",\"address\":\"02:00:00:40:00:01\","
                + "\"parentbus\":\"pci\",\"parentdev\":\"0000:3b:00.0\","
                + "\"altnames\":[\"enp59s0f0\"],\"vfinfo_list\":[{\"vf\":0,"
                + "\"link_type\":\"ether\",\"address\":\"02:00:00:40:01:00\","
                + "\"broadcast\":\"ff:ff:ff:ff:ff:ff\",\"vlan_list\":[{\"vlan\":100,\"qos\":2,"
                + "\"protocol\":\"802.1Q\"}],\"rate\":{\"max_tx\":2000,\"min_tx\":500},"
                + "\"spoofchk\":true,\"link_state\":\"auto\",\"trust\":false,"
                + "\"query_rss_en\":false,\"stats\":{\"rx\":{\"bytes\":10,\"packets\":1,"
                + "\"multicast\":0,\"broadcast\":1,\"dropped\":0},\"tx\":{\"bytes\":20,"
                + "\"packets\":2,\"dropped\":0}}}]}]";
        MachineFacts facts = new MachineFacts();

        assertThat(parser.mergeLinks(json, facts)).isTrue();

        var link = facts.existingLink("ens1f0");
        assertThat(link.pciAddress).isEqualTo("0000:3b:00.0");
        assertThat(link.altnames).containsExactly("enp59s0f0");
        VfFacts vf = link.vfs.get(0);
        assertThat(vf.mac).isEqualTo("02:00:00:40:01:00");
        assertThat(vf.vlan).isEqualTo(100);
        assertThat(vf.qos).isEqualTo(2);
        assertThat(vf.maxTxRate).isEqualTo(2000L);
        assertThat(vf.minTxRate).isEqualTo(500L);
        assertThat(vf.spoofCheck).isTrue();
        assertThat(vf.trust).isFalse();
        assertThat(vf.stats.txBytes().value()).isEqualTo(20L);
    }

    @Test
    void readsTheOldKeysAndLeavesUnreportedTrustUnknown() {
        String json = "[{\"ifname\":\"ens3f0\",\"vfinfo_list\":[{\"vf\":0,"
                + "\"mac\":\"00:00:00:00:00:00\",\"vlan\":7,\"qos\":0,\"tx_rate\":10000,"
                + "\"rate\":{\"max_tx\":10000,\"min_tx\":0},\"spoofchk\":true,"
                + "\"link_state\":\"auto\"}]}]";
        MachineFacts facts = new MachineFacts();

        parser.mergeLinks(json, facts);

        VfFacts vf = facts.existingLink("ens3f0").vfs.get(0);
        assertThat(vf.mac).isEqualTo("00:00:00:00:00:00");
        assertThat(vf.vlan).isEqualTo(7);
        assertThat(vf.txRate).isEqualTo(10000L);
        assertThat(vf.trust).isNull();
        assertThat(vf.queryRss).isNull();
    }

    @Test
    void saysSoWhenTheJsonIsNotIproute2s() {
        MachineFacts facts = new MachineFacts();

        assertThat(parser.mergeLinks("{not json", facts)).isFalse();
        assertThat(parser.mergeRoutes("{\"an\":\"object\"}", facts)).isFalse();
        assertThat(facts.limitations()).hasSize(2);
        assertThat(facts.links()).isEmpty();
    }
}
