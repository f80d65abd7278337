package org.vnicconsole.control.api;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.vnicconsole.model.api.operator.OperatorApi;
import org.vnicconsole.model.api.zec.ZecApi;

/**
 * Which handler serves which (service, action). Services are declared with their version and the
 * roles allowed to call them; actions are then registered under a declared service. Registration
 * normally happens before the server starts, but the registry is thread-safe, so actions may be
 * added while it serves.
 */
public final class ActionRegistry {

    private final Map<String, ServiceDefinition> services = new ConcurrentHashMap<>();
    private final Map<String, Map<String, ActionHandler>> handlers = new ConcurrentHashMap<>();

    /**
     * A registry with this system's two services declared and no actions: {@code zec}
     * (version 2025-09-01, tenant and operator keys) and {@code operator} (its own version,
     * operator keys only).
     */
    public static ActionRegistry withStandardServices() {
        ActionRegistry registry = new ActionRegistry();
        registry.declare(new ServiceDefinition(
                ZecApi.SERVICE, ZecApi.VERSION, Set.of(Role.TENANT, Role.OPERATOR)));
        registry.declare(new ServiceDefinition(
                OperatorApi.SERVICE, OperatorApi.VERSION, Set.of(Role.OPERATOR)));
        return registry;
    }

    /** Declares a service; declaring one name twice is a programming error. */
    public ActionRegistry declare(ServiceDefinition service) {
        if (services.putIfAbsent(service.name(), service) != null) {
            throw new IllegalStateException("service " + service.name() + " is already declared");
        }
        handlers.put(service.name(), new ConcurrentHashMap<>());
        return this;
    }

    /** Registers the handler of one action; registering an action twice is a programming error. */
    public ActionRegistry register(String service, String action, ActionHandler handler) {
        Map<String, ActionHandler> actions = handlers.get(service);
        if (actions == null) {
            throw new IllegalStateException("service " + service + " is not declared");
        }
        if (actions.putIfAbsent(action, handler) != null) {
            throw new IllegalStateException(service + " " + action + " is already registered");
        }
        return this;
    }

    /** The declared service of this name. */
    public Optional<ServiceDefinition> service(String name) {
        return Optional.ofNullable(services.get(name));
    }

    /** The handler of an action of a declared service. */
    public Optional<ActionHandler> handler(String service, String action) {
        Map<String, ActionHandler> actions = handlers.get(service);
        return actions == null ? Optional.empty() : Optional.ofNullable(actions.get(action));
    }

    /** The names of the declared services, sorted. */
    public SortedSet<String> serviceNames() {
        return new TreeSet<>(services.keySet());
    }

    /** The actions registered under a service, sorted. */
    public SortedSet<String> actions(String service) {
        return new TreeSet<>(handlers.getOrDefault(service, Map.of()).keySet());
    }
}
