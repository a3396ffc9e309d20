namespace Graph.Core.Import;

/// <summary>A stream that first gives back bytes already read from another (to look at a file's head) and then the rest of it.</summary>
internal sealed class ReplayStream(byte[] head, int headLength, Stream rest) : Stream
{
    private int _replayed;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Reads up to <paramref name="length"/> leading bytes of <paramref name="stream"/> and returns them with a stream that still starts at the beginning.</summary>
    public static (ReplayStream Stream, byte[] Head, int HeadLength) Peek(Stream stream, int length)
    {
        var head = new byte[length];
        var filled = 0;
        while (filled < length && stream.Read(head, filled, length - filled) is var read and > 0)
        {
            filled += read;
        }

        return (new ReplayStream(head, filled, stream), head, filled);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_replayed < headLength)
        {
            var n = Math.Min(buffer.Length, headLength - _replayed);
            head.AsSpan(_replayed, n).CopyTo(buffer);
            _replayed += n;
            return n;
        }

        return rest.Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
