package org.vnicconsole.control.service;

import java.security.SecureRandom;
import java.util.Random;

/**
 * Makes resource ids: a type prefix and ten lower-case base-32 characters, such as
 * {@code nic-k3x9q0m2ab}. A seeded instance gives the same ids on every run (demo fleets and
 * tests). Thread-safe.
 */
public final class Ids {

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

    private final Random random;

    private Ids(Random random) {
        this.random = random;
    }

    /** Unpredictable ids, for a running control plane. */
    public static Ids random() {
        return new Ids(new SecureRandom());
    }

    /** Repeatable ids from a seed. */
    public static Ids seeded(long seed) {
        return new Ids(new Random(seed));
    }

    /** A new id with the given prefix. */
    public synchronized String next(String prefix) {
        char[] body = new char[10];
        for (int i = 0; i < body.length; i++) {
            body[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return prefix + "-" + new String(body);
    }
}
