package org.vnicconsole.agent.text;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vnicconsole.agent.Cases;
import org.vnicconsole.agent.report.JsonReportWriter;
import org.vnicconsole.agent.report.TextReportWriter;

/**
 * Damaged pastes never crash the agent: every case file cut, shuffled, with characters dropped
 * or replaced, with a fixed seed so that a failure can be replayed.
 */
class PastedTextRobustnessTest {

    private static final String[] CASES = {
        "01-kernel-doc-net-failover-triplet-ip-addr.txt", "02-azure-an-mlx5-synthetic-plus-vf.txt",
        "03-azure-mana-synthetic-plus-vf-ip-link.txt",
        "05-fcos-networkmanager-activates-azure-vf.txt",
        "07-cloud-init-netfailover-match-by-mac.txt", "08-azure-docs-vf-unmanaged-configs.txt",
        "09-kolla-82599-pf-under-ovs-ip-d-link.txt", "10-example-cnf-pf-16vfs-ip-s-d-link.txt",
        "12-cx5-pf-8vfs-sysfs-class-net.sysfs.txt", "13-cx5-pf-8vfs-rate-limit-ip-link.txt",
        "15-bcm57840-bnx2x-4vfs-tx-rate-no-trust.txt",
    };

    @Test
    void survivesDamagedVersionsOfEveryCase() {
        Random random = new Random(20261203L);
        for (String name : CASES) {
            String text = Cases.text(name);
            for (int round = 0; round < 40; round++) {
                String damaged = damage(text, random);
                assertThatCode(() -> {
                    var report = Cases.inspectText(damaged);
                    new TextReportWriter().write(report);
                    new JsonReportWriter().write(report);
                }).as("%s round %d", name, round).doesNotThrowAnyException();
            }
        }
    }

    private static String damage(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        switch (random.nextInt(4)) {
            case 0 -> Collections.shuffle(lines, random);
            case 1 -> lines = lines.subList(0, random.nextInt(lines.size() + 1));
            case 2 -> lines.replaceAll(line -> line.isEmpty() || random.nextInt(3) > 0 ? line
                    : line.substring(0, random.nextInt(line.length())));
            default -> lines.replaceAll(line -> scramble(line, random));
        }
        return String.join("\n", lines);
    }

    private static String scramble(String line, Random random) {
        StringBuilder out = new StringBuilder(line);
        for (int i = 0; i < out.length(); i++) {
            if (random.nextInt(12) == 0) {
                out.setCharAt(i, "0:9f<>,@=/ x-\t".charAt(random.nextInt(14)));
            }
        }
        return out.toString();
    }
}
