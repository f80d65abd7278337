package org.vnicconsole.control.api;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.vnicconsole.control.auth.SignatureVerifier;

/**
 * How an {@link ApiServer} listens and what it accepts. Immutable; change a copy with the
 * {@code with...} methods.
 *
 * @param bindAddress the address to listen on, {@code 127.0.0.1} by default
 * @param port the TCP port; 0 picks a free one
 * @param tls the keystore for HTTPS; empty for plain HTTP
 * @param clockSkew how far a request's timestamp may be from server time, either way
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param clock the server's time, replaceable in tests
 */
public record ApiServerOptions(String bindAddress, int port, Optional<Tls> tls,
        Duration clockSkew, int maxBodyBytes, Clock clock) {

    /** The default listening port of {@code vnic-console server}. */
    public static final int DEFAULT_PORT = 8765;

    /** The default body limit: 1 MiB, far above any real request. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

    /** Loopback on the given port, plain HTTP, the documented skew window and body limit. */
    public static ApiServerOptions loopback(int port) {
        return new ApiServerOptions("127.0.0.1", port, Optional.empty(),
                SignatureVerifier.DEFAULT_SKEW, DEFAULT_MAX_BODY_BYTES, Clock.systemUTC());
    }

    public ApiServerOptions withBindAddress(String address) {
        return new ApiServerOptions(address, port, tls, clockSkew, maxBodyBytes, clock);
    }

    public ApiServerOptions withTls(Tls keystore) {
        return new ApiServerOptions(
                bindAddress, port, Optional.of(keystore), clockSkew, maxBodyBytes, clock);
    }

    public ApiServerOptions withClock(Clock newClock) {
        return new ApiServerOptions(bindAddress, port, tls, clockSkew, maxBodyBytes, newClock);
    }

    public ApiServerOptions withClockSkew(Duration skew) {
        return new ApiServerOptions(bindAddress, port, tls, skew, maxBodyBytes, clock);
    }

    public ApiServerOptions withMaxBodyBytes(int limit) {
        return new ApiServerOptions(bindAddress, port, tls, clockSkew, limit, clock);
    }

    /**
     * A keystore (PKCS12 or JKS, told apart by its content) holding the server's certificate
     * and private key. The password is never shown by {@link #toString()}.
     *
     * @param keystore the keystore file
     * @param password the keystore's password, also used for the key
     */
    public record Tls(Path keystore, String password) {

        @Override
        public String toString() {
            return "Tls[keystore=" + keystore + ", password=<hidden>]";
        }
    }
}
