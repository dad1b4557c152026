package io.importexport.emulator.store;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An embedded database whose files are reached through H2's file-system layer under the scheme {@value #SCHEME}
 * ({@link #url}, given to the emulator as its {@code --database-url}): every call passes through to the disk, unless a
 * test has made a folder fail as a full or a read-only disk does (each write refused with the operating system's
 * words), which needs neither root nor a real small filesystem. Public because H2 makes its instances by reflection.
 */
public final class FaultableDisk extends FilePathWrapper {
    static final String SCHEME = "importexport";
    private static final Map<Path, DiskFault> FAULTS = new ConcurrentHashMap<>();

    static {
        FilePath.register(new FaultableDisk());
    }

    /** What a disk does wrong, and the message its writes then fail with. */
    public enum DiskFault {
        FULL("No space left on device"), READ_ONLY("Read-only file system");

        private final String message;

        DiskFault(String message) {
            this.message = message;
        }
    }

    /** The JDBC URL of a database in {@code folder} whose files go through this layer, as {@code --data-dir} opens one. */
    public static String url(Path folder) {
        return Database.h2Url(SCHEME + ":" + folder.resolve("importexport").toAbsolutePath().toString().replace('\\', '/'));
    }

    /** From now on, writes to files under {@code folder} fail as {@code fault} says. */
    public static void inject(Path folder, DiskFault fault) {
        FAULTS.put(folder.toAbsolutePath().normalize(), fault);
    }

    /** The disk under {@code folder} works again (the space was freed, the folder made writable). */
    public static void mend(Path folder) {
        FAULTS.remove(folder.toAbsolutePath().normalize());
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        if (mode.contains("w")) {
            refuseIf(DiskFault.READ_ONLY);
        }
        return new Channel(getBase().open(mode), this);
    }

    @Override
    public boolean createFile() {
        return fault() == null && super.createFile();
    }

    @Override
    public void createDirectory() {
        if (fault() == null) {
            super.createDirectory();
        }
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        refuseIf(DiskFault.FULL, DiskFault.READ_ONLY);
        return super.newOutputStream(append);
    }

    @Override
    public void moveTo(FilePath newName, boolean atomicReplace) {
        if (fault() == DiskFault.READ_ONLY) {
            throw new IllegalStateException(DiskFault.READ_ONLY.message);
        }
        super.moveTo(newName, atomicReplace);
    }

    private DiskFault fault() {
        if (FAULTS.isEmpty()) {
            return null;
        }
        Path file = Path.of(getBase().toString()).toAbsolutePath().normalize();
        for (Path folder = file; folder != null; folder = folder.getParent()) {
            DiskFault fault = FAULTS.get(folder);
            if (fault != null) {
                return fault;
            }
        }
        return null;
    }

    private void refuseIf(DiskFault... faults) throws IOException {
        DiskFault fault = fault();
        for (DiskFault refused : faults) {
            if (fault == refused) {
                throw new IOException(fault.message);
            }
        }
    }

    /** A file's channel: reads pass through; writes, forces and truncations fail while a fault is injected. */
    private static final class Channel extends FileBase {
        private final FileChannel disk;
        private final FaultableDisk file;

        Channel(FileChannel disk, FaultableDisk file) {
            this.disk = disk;
            this.file = file;
        }

        private void refuseWrites() throws IOException {
            file.refuseIf(DiskFault.FULL, DiskFault.READ_ONLY);
        }

        @Override
        public int read(ByteBuffer destination) throws IOException {
            return disk.read(destination);
        }

        @Override
        public int read(ByteBuffer destination, long position) throws IOException {
            return disk.read(destination, position);
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            refuseWrites();
            return disk.write(source);
        }

        @Override
        public int write(ByteBuffer source, long position) throws IOException {
            refuseWrites();
            return disk.write(source, position);
        }

        @Override
        public long position() throws IOException {
            return disk.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            disk.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return disk.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            refuseWrites();
            disk.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            refuseWrites();
            disk.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return disk.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            disk.close();
        }
    }
}
