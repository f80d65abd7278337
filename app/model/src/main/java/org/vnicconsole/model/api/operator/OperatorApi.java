package org.vnicconsole.model.api.operator;

/**
 * The names of the operator service on the wire: what tenants never see (hosts, adapters, the
 * VF pool, migrations, the rule catalogue) in the zec wire format under its own service name.
 * Only operator keys may call it. Constants only; more actions are added with their services.
 */
public final class OperatorApi {

    /** The service name, the last segment of {@code /api/v2/operator}. */
    public static final String SERVICE = "operator";

    /**
     * The operator API version sent in {@code x-zc-version}: the date its wire shapes were first
     * fixed. It changes only when a shape changes incompatibly.
     */
    public static final String VERSION = "2026-12-01";

    /** Every rule of RULES.md with its id, section and text. */
    public static final String DESCRIBE_RULE_CATALOGUE = "DescribeRuleCatalogue";

    /** The capacity table: caps by vCPU count. */
    public static final String DESCRIBE_CAPACITY_TABLE = "DescribeCapacityTable";

    /** Hosts with their adapters' usage and, on request, every VF and what it backs. */
    public static final String DESCRIBE_HOSTS = "DescribeHosts";

    /** Registers a host, or updates its adapters, from an agent's inventory document. */
    public static final String REGISTER_HOST_INVENTORY = "RegisterHostInventory";

    /** Live-migrates an instance to another host of its zone. */
    public static final String MIGRATE_INSTANCE = "MigrateInstance";

    /** A recorded migration with its steps. */
    public static final String DESCRIBE_MIGRATION = "DescribeMigration";

    /** The guest network configuration of an instance: triplets, addresses, routes. */
    public static final String DESCRIBE_GUEST_PLAN = "DescribeGuestPlan";

    /** Every broken store invariant. */
    public static final String CHECK_INVARIANTS = "CheckInvariants";

    private OperatorApi() {
    }
}
