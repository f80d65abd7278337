package org.vnicconsole.control.auth;

import java.util.Map;
import java.util.Optional;
import org.vnicconsole.control.api.Role;

/**
 * The keys a server accepts: one tenant key and one operator key, looked up by id. Immutable and
 * thread-safe. Its {@link #toString()} shows ids only.
 */
public final class KeyRing {

    private final AccessKey tenant;
    private final AccessKey operator;
    private final Map<String, AccessKey> byId;

    /** A ring of a tenant key and an operator key with distinct ids. */
    public KeyRing(AccessKey tenant, AccessKey operator) {
        if (tenant.role() != Role.TENANT || operator.role() != Role.OPERATOR) {
            throw new IllegalArgumentException("expected a tenant key and an operator key");
        }
        if (tenant.keyId().equals(operator.keyId())) {
            throw new IllegalArgumentException(
                    "the tenant and operator keys must have distinct ids, both are "
                            + tenant.keyId());
        }
        this.tenant = tenant;
        this.operator = operator;
        this.byId = Map.of(tenant.keyId(), tenant, operator.keyId(), operator);
    }

    /** The key with this id. */
    public Optional<AccessKey> find(String keyId) {
        return Optional.ofNullable(byId.get(keyId));
    }

    /** The tenant key, for the embedded console and scripts. */
    public AccessKey tenant() {
        return tenant;
    }

    /** The operator key. */
    public AccessKey operator() {
        return operator;
    }

    @Override
    public String toString() {
        return "KeyRing[tenant=" + tenant.keyId() + ", operator=" + operator.keyId() + "]";
    }
}
