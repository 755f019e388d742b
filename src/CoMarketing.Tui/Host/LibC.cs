using System.Runtime.InteropServices;

namespace CoMarketing.Tui.Host;

/// <summary>The few POSIX calls the terminal needs: raw mode (termios), waiting for input (poll) and reading it.</summary>
internal static unsafe partial class LibC
{
    public const int StdinFileNumber = 0;
    public const short PollIn = 0x1;

    /// <summary>Big enough for <c>struct termios</c> on Linux (60 bytes) and macOS (72 bytes); the layout stays opaque.</summary>
    public const int TermiosBufferSize = 256;

    [StructLayout(LayoutKind.Sequential)]
    public struct PollDescriptor
    {
        public int FileDescriptor;
        public short Events;
        public short ReturnedEvents;
    }

    [LibraryImport("libc", EntryPoint = "isatty")]
    public static partial int IsTerminal(int fileDescriptor);

    [LibraryImport("libc", EntryPoint = "tcgetattr", SetLastError = true)]
    public static partial int GetAttributes(int fileDescriptor, byte* termios);

    [LibraryImport("libc", EntryPoint = "tcsetattr", SetLastError = true)]
    public static partial int SetAttributes(int fileDescriptor, int when, byte* termios);

    [LibraryImport("libc", EntryPoint = "cfmakeraw")]
    public static partial void MakeRaw(byte* termios);

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    public static partial int Poll(PollDescriptor* descriptors, nuint count, int timeoutMilliseconds);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fileDescriptor, byte* buffer, nuint count);
}
