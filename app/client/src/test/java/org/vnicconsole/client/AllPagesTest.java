package org.vnicconsole.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.vnicconsole.model.api.zec.Page;

class AllPagesTest {

    @AutoClose
    private final TestServer test = new TestServer();

    @Test
    void readsPagesUntilTheTotalCountIsReached() throws Exception {
        test.enqueue(page(3, "a", "b"), page(3, "c"));

        List<Probe.Item> rows = AllPages.collect(2, this::describe);

        assertThat(rows).extracting(Probe.Item::nicId).containsExactly("a", "b", "c");
        assertThat(test.take().getBody().utf8()).isEqualTo("{\"pageNum\":1,\"pageSize\":2}");
        assertThat(test.take().getBody().utf8()).isEqualTo("{\"pageNum\":2,\"pageSize\":2}");
        assertThat(test.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void stopsAtAShortPageEvenWhenTheTotalSaysMore() {
        test.enqueue(page(10, "a", "b"), page(10, "c"));

        List<Probe.Item> rows = AllPages.collect(2, this::describe);

        assertThat(rows).hasSize(3);
        assertThat(test.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void stopsAtAnEmptyFirstPage() {
        test.enqueue(page(0));

        assertThat(AllPages.collect(AllPages.DEFAULT_PAGE_SIZE, this::describe)).isEmpty();
        assertThat(test.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void refusesAPageSizeTheApiDoesNotAllow() {
        assertThatThrownBy(() -> AllPages.collect(1001, this::describe))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private ApiCall<Page<Probe.Item>> describe(int pageNum, int pageSize) {
        return test.transport.newPageCall(ApiService.ZEC, "DescribeNetworkInterfaces",
                Probe.Query.page(pageNum, pageSize), Probe.Item.class);
    }

    private static MockResponse page(int total, String... nicIds) {
        List<String> rows = Arrays.stream(nicIds)
                .map(id -> "{\"nicId\":\"" + id + "\"}")
                .toList();
        return TestServer.ok("T1",
                "\"totalCount\":" + total + ",\"dataSet\":[" + String.join(",", rows) + "]");
    }
}
