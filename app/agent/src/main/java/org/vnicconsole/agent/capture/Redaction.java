package org.vnicconsole.agent.capture;

import java.util.regex.Pattern;

/**
 * Removes secrets from configuration files before they leave the machine in a snapshot: the
 * value of any key that names a password, pre-shared key, secret or private key. Stateless.
 */
final class Redaction {

    private static final Pattern SECRET = Pattern.compile(
            "(?im)^(\\s*[\\w.-]*(?:psk|password|passwd|secret|private-key|privatekey|key-mgmt-psk)"
                    + "[\\w.-]*\\s*[=:]\\s*).+$");

    private Redaction() {
    }

    static String redact(String content) {
        return SECRET.matcher(content).replaceAll("$1<redacted>");
    }
}
