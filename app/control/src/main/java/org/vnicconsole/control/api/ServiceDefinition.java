package org.vnicconsole.control.api;

import java.util.Set;

/**
 * A service served at {@code /api/v2/<name>}: its API version and the roles whose keys may call
 * it. Immutable.
 *
 * @param name the service name, the last path segment
 * @param version the value clients send in {@code x-zc-version}
 * @param allowedRoles the roles whose keys are accepted
 */
public record ServiceDefinition(String name, String version, Set<Role> allowedRoles) {

    public ServiceDefinition {
        allowedRoles = Set.copyOf(allowedRoles);
    }
}
