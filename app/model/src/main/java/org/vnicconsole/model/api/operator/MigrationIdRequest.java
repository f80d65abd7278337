package org.vnicconsole.model.api.operator;

/** DescribeMigration. */
public record MigrationIdRequest(String migrationId) {
}
