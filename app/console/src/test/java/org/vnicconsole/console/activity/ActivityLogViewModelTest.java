package org.vnicconsole.console.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnicconsole.client.ApiService;
import org.vnicconsole.client.CallRecord;
import org.vnicconsole.console.task.InlineTaskRunner;

class ActivityLogViewModelTest {

    @TempDir
    Path dir;

    private final ActivityLogViewModel model = new ActivityLogViewModel(new InlineTaskRunner());

    private void calls() {
        model.listener().callFinished(new CallRecord(Instant.parse("2026-12-01T10:00:00Z"),
                ApiService.ZEC, "AttachNetworkInterface", "nicId=nic-1, instanceId=i-1",
                "INVALID_INSTANCE_NIC_LIMIT", "req-1", 12, 1));
        model.listener().callFinished(new CallRecord(Instant.parse("2026-12-01T10:00:01Z"),
                ApiService.OPERATOR, "DescribeHosts", "", CallRecord.OK, "req-2", 30, 1));
    }

    @Test
    void everyCallIsListedWithItsResultRequestIdAndDuration() {
        calls();

        assertThat(model.visibleEntries()).hasSize(2);
        ActivityEntry first = model.visibleEntries().get(0);
        assertThat(first.action()).isEqualTo("AttachNetworkInterface");
        assertThat(first.requestId()).isEqualTo("req-1");
        assertThat(first.durationMillis()).isEqualTo(12);
        assertThat(model.visibleEntries().get(1).action()).isEqualTo("operator:DescribeHosts");
    }

    @Test
    void theFilterAndTheErrorsOnlySwitchNarrowTheList() {
        calls();

        model.filterProperty().set("hosts");
        int byText = model.visibleEntries().size();
        model.filterProperty().set("");
        model.errorsOnlyProperty().set(true);

        assertThat(byText).isEqualTo(1);
        assertThat(model.visibleEntries()).extracting(ActivityEntry::result)
                .containsExactly("INVALID_INSTANCE_NIC_LIMIT");
    }

    @Test
    void exportWritesTheVisibleRowsAsCsv() throws Exception {
        calls();
        Path file = dir.resolve("log.csv");

        model.export(file);

        assertThat(Files.readAllLines(file)).containsExactly(
                "time,action,target,result,requestId,durationMillis",
                "2026-12-01T10:00:00Z,AttachNetworkInterface,\"nicId=nic-1, instanceId=i-1\","
                        + "INVALID_INSTANCE_NIC_LIMIT,req-1,12",
                "2026-12-01T10:00:01Z,operator:DescribeHosts,,OK,req-2,30");
        assertThat(model.statusProperty().get()).startsWith("Exported 2 calls");
    }
}
