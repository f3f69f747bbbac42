using Lucene.Net.Store;
using LuceneLock = Lucene.Net.Store.Lock;

namespace GovSearch.Storage;

/// <summary>
/// The lock factory of every GovSearch directory on disk. Lucene's <c>IndexWriter</c> asks it for <c>write.lock</c>; it
/// answers from the <see cref="WriteLock"/> the index took at open, so the operating-system lock is held without a gap
/// from open to dispose (also while a writer is rolled back and opened again), and a writer is refused on a directory
/// opened read-only (<paramref name="held"/> <see langword="null"/>).
/// </summary>
internal sealed class HeldLockFactory(WriteLock? held) : LockFactory
{
    private readonly WriteLock? _held = held;
    private int _writers;

    public override LuceneLock MakeLock(string lockName) => new Handle(this, lockName);

    /// <summary>Nothing to clear: the lock is the open file of <see cref="WriteLock"/>, and it is never broken.</summary>
    public override void ClearLock(string lockName)
    {
    }

    private bool Enter(string lockName) =>
        lockName == WriteLock.FileName && _held is { IsHeld: true } && Interlocked.CompareExchange(ref _writers, 1, 0) == 0;

    private void Exit() => Volatile.Write(ref _writers, 0);

    private sealed class Handle(HeldLockFactory factory, string lockName) : LuceneLock
    {
        private bool _entered;

        public override bool Obtain()
        {
            lock (this)
            {
                if (_entered)
                {
                    return false;
                }

                _entered = factory.Enter(lockName);
                return _entered;
            }
        }

        public override bool IsLocked() => _entered || factory._held is not null;

        protected override void Dispose(bool disposing)
        {
            lock (this)
            {
                if (disposing && _entered)
                {
                    _entered = false;
                    factory.Exit();
                }
            }
        }

        public override string ToString() => $"{nameof(HeldLockFactory)}@{lockName}";
    }
}
