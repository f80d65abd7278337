package org.vnicconsole.agent.text;

import java.util.ArrayList;
import java.util.List;
import org.vnicconsole.agent.facts.LinkFacts;
import org.vnicconsole.agent.facts.MachineFacts;
import org.vnicconsole.agent.facts.PciFacts;
import org.vnicconsole.agent.facts.VfFacts;

/**
 * Where the parser is in a pasted text: the facts so far, the command whose output is being
 * read, and the device, PCI function or VF the following lines continue. One per parse.
 */
final class ParseState {

    final MachineFacts facts = new MachineFacts();
    /** The last command line seen, without its prompt; empty before the first. */
    String command = "";
    LinkFacts link;
    PciFacts pci;
    VfFacts vf;
    /** The counter header ({@code RX:}/{@code TX:} columns) waiting for its value line. */
    String[] statsHeader;
    /** Column names of a table being read ({@code nmcli dev}), or null. */
    String[] tableHeader;
    /** The device {@code udevadm info} is describing, or null. */
    LinkFacts udevLink;
    /** Whether the current device came from ip output (true) or ifconfig output (false). */
    boolean inIpOutput;
    /** The devices of the current command's output. */
    final List<LinkFacts> blockLinks = new ArrayList<>();
    /** PF PCI address, VF index and MAC from dmesg lines such as "setting MAC X on VF N". */
    final List<String[]> vfMacEvents = new ArrayList<>();

    /** Forgets what a new command's output cannot continue. */
    void newCommand(String line) {
        command = line;
        link = null;
        pci = null;
        vf = null;
        statsHeader = null;
        tableHeader = null;
        udevLink = null;
        blockLinks.clear();
    }

    /** Whether the current command lists addresses ({@code ip a}, {@code ip addr show}, ...). */
    boolean isAddressCommand() {
        String[] words = command.trim().split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            if ("ip".equals(words[i]) || words[i].endsWith("/ip")) {
                for (int j = i + 1; j < words.length; j++) {
                    if (!words[j].startsWith("-")) {
                        return "address".startsWith(words[j]) && !words[j].isEmpty();
                    }
                }
            }
        }
        return false;
    }

    /**
     * Notes that the current output shows addresses: every device of this output without an
     * address line then has none, rather than unknown.
     */
    void addressSeen() {
        facts.addressesShown = true;
        for (LinkFacts blockLink : blockLinks) {
            if (blockLink.addresses == null) {
                blockLink.addresses = new ArrayList<>();
            }
        }
    }

    /** Whether the current command contains this word. */
    boolean commandHas(String word) {
        return (" " + command + " ").contains(" " + word + " ");
    }
}
