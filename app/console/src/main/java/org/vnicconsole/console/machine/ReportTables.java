package org.vnicconsole.console.machine;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.vnicconsole.agent.inventory.Severity;
import org.vnicconsole.console.shell.Icons;

/** Builds the two tables of the report presentation: the VF pool and the findings. UI thread. */
final class ReportTables {

    private ReportTables() {
    }

    /** The VF pool: one row per VF, every column text. */
    static TableView<VfRow> vfPool() {
        TableView<VfRow> table = new TableView<>();
        table.getColumns().addAll(List.of(
                column("VF", 44, row -> String.valueOf(row.index())),
                column("PCI", 110, VfRow::pciAddress),
                column("MAC", 130, VfRow::mac),
                column("VLAN", 70, VfRow::vlan),
                column("Rate", 150, VfRow::rate),
                column("Spoof check", 84, VfRow::spoofCheck),
                column("Trust", 64, VfRow::trust),
                column("Link state", 76, VfRow::linkState),
                column("Netdev", 110, VfRow::netdev),
                column("Driver", 90, VfRow::driver)));
        table.setPrefHeight(260);
        table.setMinHeight(140);
        table.setPlaceholder(new Label("No VFs listed."));
        return table;
    }

    /** The findings: severity badge, id, rule (its text as tooltip), devices, message, fix. */
    static TableView<FindingRow> findings() {
        TableView<FindingRow> table = new TableView<>();
        TableColumn<FindingRow, Severity> severity = new TableColumn<>("Severity");
        severity.setPrefWidth(112);
        severity.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue().severity()));
        severity.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Severity item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label badge = new Label(item.label(), Icons.icon(MachineStyles.glyph(item)));
                badge.getStyleClass().addAll(MachineStyles.SEVERITY,
                        MachineStyles.severity(item));
                setGraphic(badge);
            }
        });
        TableColumn<FindingRow, String> rule = column("Rule", 170, FindingRow::rule);
        rule.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                FindingRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(row == null ? null : new Tooltip(row.ruleText()));
            }
        });
        table.getColumns().addAll(List.of(severity,
                column("Finding", 230, FindingRow::id), rule,
                column("Devices", 140, FindingRow::devicesText),
                column("Message", 420, FindingRow::message),
                column("Fix", 420, FindingRow::fix)));
        return table;
    }

    private static <T> TableColumn<T, String> column(String name, double width,
            Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(
                cell.getValue())));
        return column;
    }
}
