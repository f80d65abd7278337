package org.vnicconsole.client;

import java.util.List;

/** Request and response shapes used only by the transport tests. */
final class Probe {

    private Probe() {
    }

    record Query(Integer pageNum, Integer pageSize, String nicId, List<String> eipIds) {
        static Query page(int pageNum, int pageSize) {
            return new Query(pageNum, pageSize, null, null);
        }
    }

    record Item(String nicId, String name) {
    }

    record Page(int totalCount, List<Item> dataSet) {
    }

    record Empty(String requestId) {
    }
}
