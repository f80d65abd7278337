package org.vnicconsole.control.api;

/**
 * What a key may call: a tenant key calls the tenant service ({@code zec}); an operator key calls
 * the operator service and, since an operator also looks after tenants' resources, {@code zec}.
 */
public enum Role {
    TENANT,
    OPERATOR
}
