package org.vnicconsole.agent.text;

/** One kind of pasted line (ip link, ifconfig, lspci, ...). Stateless; state lives in the state. */
interface LineParser {

    /** Takes the line if it is of this parser's kind; returns whether it did. */
    boolean accept(String line, ParseState state);
}
