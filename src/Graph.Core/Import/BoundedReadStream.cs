namespace Graph.Core.Import;

/// <summary>
/// A read-only stream that refuses to deliver more than a set number of bytes, so an archive entry
/// that inflates past the size its directory declared is stopped instead of trusted. It also counts
/// what it delivers, for progress.
/// </summary>
internal sealed class BoundedReadStream(Stream inner, long limit, string what, Action<long>? onRead = null) : Stream
{
    private long _delivered;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _delivered; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _delivered += read;
        if (_delivered > limit)
        {
            throw new InvalidDataException($"{what} holds more than the {limit:N0} bytes allowed.");
        }

        onRead?.Invoke(read);
        return read;
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
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
