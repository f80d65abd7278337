package org.vnicconsole.control.race;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.service.FabricService.AdapterSpec;
import org.vnicconsole.control.service.InstanceService.Launch;
import org.vnicconsole.control.service.VnicService.CreateElastic;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.error.Refusal;

/**
 * The child process of {@link CrashTest}: opens a file store and applies a stream of mutations
 * until it is killed, printing one {@code ACK} line after each action has returned. Every action
 * only adds state, so each acknowledged line must be visible after a restart.
 */
public final class CrashWorkload {

    private CrashWorkload() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        try (ControlPlane plane = ControlPlane.open(Path.of(args[0]), null)) {
            plane.network().createRegion("r1", "Region", "203.0.113.0/24");
            plane.network().createZone("r1a", "r1", "Zone", "City");
            plane.network().createSecurityGroup("default");
            String vpc = plane.network().createVpc("crash", "10.9.0.0/16", 1500).id();
            String subnet = plane.network().createSubnet(vpc, "r1", "crash", "10.9.0.0/16",
                    "2001:db8:9::/64", "Private").id();
            plane.fabric().registerHost("h1", "r1a", 1024, 4096, List.of(new AdapterSpec("ens1",
                    "0000:3b:00.0", "mlx5_core", "CX6", 1024, 65536)));
            List<String> instances = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                instances.add(plane.instances().launch(new Launch("big-" + i, "z2a.cpu.64", "r1a",
                        subnet, "img", null, null, false, false, null)).id());
            }
            out.println("READY");
            out.flush();
            Random random = new Random(7);
            List<String> nics = new ArrayList<>();
            for (int step = 0; ; step++) {
                int choice = nics.isEmpty() ? 0 : random.nextInt(3);
                if (choice == 0) {
                    Vnic vnic = plane.vnics().createElastic(new CreateElastic("n-" + step, subnet,
                            null, null, step % 3 == 0));
                    nics.add(vnic.id());
                    out.println("ACK vnic " + vnic.id());
                } else if (choice == 1) {
                    String nic = nics.get(random.nextInt(nics.size()));
                    try {
                        String ip = plane.addresses().assignCount(nic, 1).get(0);
                        out.println("ACK ip " + nic + " " + ip);
                    } catch (Refusal full) {
                        out.println("REFUSED " + full.code());
                    }
                } else {
                    String nic = nics.get(random.nextInt(nics.size()));
                    String target = instances.get(random.nextInt(instances.size()));
                    try {
                        plane.vnics().attach(nic, target);
                        out.println("ACK attach " + nic + " " + target);
                    } catch (Refusal taken) {
                        out.println("REFUSED " + taken.code());
                    }
                }
                out.flush();
            }
        }
    }
}
