using Lucene.Net.Store;

namespace GovSearch.Tests.Support;

/// <summary>An output of a <see cref="FaultyDirectory"/>: each write, flush and dispose may fail.</summary>
internal sealed class FaultyOutput(FaultyDirectory directory, string name, bool merge, IndexOutput inner) : IndexOutput
{
    private bool _disposed;

    public override long Checksum => inner.Checksum;

    public override long Length
    {
        get => inner.Length;
        set => inner.Length = value;
    }

    public override void WriteByte(byte b)
    {
        directory.MaybeFail("WriteByte", name, merge);
        inner.WriteByte(b);
    }

    public override void WriteBytes(byte[] b, int offset, int length)
    {
        directory.MaybeFail("WriteBytes", name, merge);
        inner.WriteBytes(b, offset, length);
    }

    public override void Flush()
    {
        directory.MaybeFail("Flush", name, merge);
        inner.Flush();
    }

    public override long Position => inner.Position;

    [Obsolete("Lucene's own member is obsolete.")]
    public override void Seek(long pos) => inner.Seek(pos);

    protected override void Dispose(bool disposing)
    {
        if (!disposing || _disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            // A failed close: the bytes may or may not have reached the file, as with a real full disk.
            directory.MaybeFail("Dispose", name, merge);
        }
        finally
        {
            inner.Dispose();
        }
    }
}
