package org.vnicconsole.console.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The bar under the toolbar that shows the last {@link Notice}: an icon and a style class per
 * level, the text (refusals with their rule explained), and a close button. Hidden when there is
 * nothing to say. UI thread.
 */
final class NoticeBar {

    private final Label text = new Label();
    private final HBox box;

    NoticeBar(MainViewModel model) {
        text.setId("notice");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("✕");
        close.getStyleClass().addAll("flat", "small");
        close.setOnAction(event -> model.noticeProperty().set(Notice.none()));
        box = new HBox(8, text, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add(Styles.NOTICE);
        model.noticeProperty().addListener((observable, old, notice) -> show(notice));
        show(model.noticeProperty().get());
    }

    HBox node() {
        return box;
    }

    private void show(Notice notice) {
        boolean visible = notice.level() != Notice.Level.NONE;
        box.setVisible(visible);
        box.setManaged(visible);
        box.getStyleClass().removeAll(Styles.NOTICE_SUCCESS, Styles.NOTICE_INFO,
                Styles.NOTICE_WARNING, Styles.NOTICE_ERROR);
        box.getStyleClass().add(Styles.notice(notice.level()));
        text.setText(notice.text());
        text.setGraphic(Icons.icon(Icons.of(notice.level())));
    }
}
