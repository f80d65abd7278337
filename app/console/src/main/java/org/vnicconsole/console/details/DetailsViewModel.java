package org.vnicconsole.console.details;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vnicconsole.console.fleet.FleetIndex;
import org.vnicconsole.console.navigator.NodeRef;

/**
 * The details pane's state: the {@link Details} of the selected object in the latest snapshot.
 * Re-derived on every selection change and refresh. Holds no Node; use on the UI thread.
 */
public final class DetailsViewModel {

    private final ReadOnlyObjectWrapper<Details> details =
            new ReadOnlyObjectWrapper<>(Details.none());

    /** Shows the object {@code ref} names as it is in {@code index}; nothing when null. */
    public void show(FleetIndex index, NodeRef ref) {
        details.set(ref == null || index == null ? Details.none()
                : DetailsBuilder.build(index, ref));
    }

    public ReadOnlyObjectProperty<Details> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public Details details() {
        return details.get();
    }
}
