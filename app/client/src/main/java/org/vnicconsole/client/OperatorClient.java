package org.vnicconsole.client;

import org.vnicconsole.model.api.operator.CheckInvariantsResponse;
import org.vnicconsole.model.api.operator.DescribeCapacityTableResponse;
import org.vnicconsole.model.api.operator.DescribeGuestPlanResponse;
import org.vnicconsole.model.api.operator.DescribeHostsRequest;
import org.vnicconsole.model.api.operator.DescribeRuleCatalogueResponse;
import org.vnicconsole.model.api.operator.HostInfo;
import org.vnicconsole.model.api.operator.InstanceIdRequest;
import org.vnicconsole.model.api.operator.MigrateInstanceRequest;
import org.vnicconsole.model.api.operator.MigrationIdRequest;
import org.vnicconsole.model.api.operator.MigrationInfo;
import org.vnicconsole.model.api.operator.OperatorApi;
import org.vnicconsole.model.api.operator.RegisterHostInventoryResponse;
import org.vnicconsole.model.api.zec.Page;

/**
 * One typed method per action of the control plane's operator service, in the zec wire format
 * under {@code /api/v2/operator}. Only the control plane serves it (a real Zenlayer endpoint
 * does not) and only operator keys may call it. Each method returns an {@link ApiCall} to run
 * with {@code execute()} or {@code executeAsync(executor)}. Thread-safe.
 */
public final class OperatorClient {

    private final ApiTransport transport;

    /** A client over the given transport, which the caller keeps and closes. */
    public OperatorClient(ApiTransport transport) {
        this.transport = transport;
    }

    /** Every rule of the catalogue with its id, section and text, in the order of RULES.md. */
    public ApiCall<DescribeRuleCatalogueResponse> describeRuleCatalogue() {
        return transport.newCall(ApiService.OPERATOR, OperatorApi.DESCRIBE_RULE_CATALOGUE, null,
                DescribeRuleCatalogueResponse.class);
    }

    /** The capacity table (caps by vCPU count) and the most IPv4s an unattached vNIC may hold. */
    public ApiCall<DescribeCapacityTableResponse> describeCapacityTable() {
        return transport.newCall(ApiService.OPERATOR, OperatorApi.DESCRIBE_CAPACITY_TABLE, null,
                DescribeCapacityTableResponse.class);
    }

    /** Hosts with adapter usage and, with {@code withVfs}, every VF and what it backs. */
    public ApiCall<Page<HostInfo>> describeHosts(DescribeHostsRequest request) {
        return transport.newPageCall(ApiService.OPERATOR, OperatorApi.DESCRIBE_HOSTS, request,
                HostInfo.class);
    }

    /**
     * Registers a host or updates its adapters from an agent inventory document (schema
     * {@code vnic-host-inventory/1}, see docs/agent.md) given as a JSON-serialisable object.
     */
    public ApiCall<RegisterHostInventoryResponse> registerHostInventory(Object inventory) {
        return transport.newCall(ApiService.OPERATOR, OperatorApi.REGISTER_HOST_INVENTORY,
                inventory, RegisterHostInventoryResponse.class);
    }

    /** Live-migrates an instance to another host of its zone (MIGRATION-PATH). */
    public ApiCall<MigrationInfo> migrateInstance(MigrateInstanceRequest request) {
        return transport.newCall(ApiService.OPERATOR, OperatorApi.MIGRATE_INSTANCE, request,
                MigrationInfo.class);
    }

    /** A recorded migration with its steps. */
    public ApiCall<MigrationInfo> describeMigration(String migrationId) {
        return transport.newCall(ApiService.OPERATOR, OperatorApi.DESCRIBE_MIGRATION,
                new MigrationIdRequest(migrationId), MigrationInfo.class);
    }

    /** What the instance's guest should configure: triplets, master addresses, routes. */
    public ApiCall<DescribeGuestPlanResponse> describeGuestPlan(String instanceId) {
        return transport.newCall(ApiService.OPERATOR, OperatorApi.DESCRIBE_GUEST_PLAN,
                new InstanceIdRequest(instanceId), DescribeGuestPlanResponse.class);
    }

    /** Every broken store invariant; empty when the state is sound. */
    public ApiCall<CheckInvariantsResponse> checkInvariants() {
        return transport.newCall(ApiService.OPERATOR, OperatorApi.CHECK_INVARIANTS, null,
                CheckInvariantsResponse.class);
    }
}
