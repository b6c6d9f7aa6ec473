//! The heap handle: carving the region, and the switches that steer automatic collection.

use core::cell::Cell;
use core::fmt;
use core::marker::PhantomData;

use crate::collect::{Finaliser, RootSource};
use crate::tables::{Tables, table_words};
use crate::{BYTES_PER_BLOCK, WORD_BYTES};

/// Size classes of the free-run hints (runs of 2^0 .. 2^(SKIP_CLASSES-1) blocks and more).
pub(crate) const SKIP_CLASSES: usize = 16;
/// Tuning knobs fixed when a heap is created.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeapConfig {
    /// Entries of the mark stack carved from the region; when it fills up, marking falls back
    /// to rescanning the heap, so a small stack costs time, never correctness.
    pub mark_stack_len: usize,
}

impl Default for HeapConfig {
    fn default() -> Self {
        // MicroPython's default depth; deep enough that the fallback is rare in practice.
        HeapConfig { mark_stack_len: 64 }
    }
}

/// Marks "no block" in block-index cells.
pub(crate) const NO_BLOCK: usize = usize::MAX;

/// A garbage-collected heap over a caller-given memory region.
///
/// The region layout is: mark stack, allocation table, finaliser table, manual table, padding
/// to a block boundary, then the pool of blocks. Blocks are therefore aligned to
/// [`BYTES_PER_BLOCK`] (absolute addresses), which is the alignment every allocation gets.
pub struct Heap {
    pub(crate) tables: Tables,
    /// Start of the block pool, aligned to `BYTES_PER_BLOCK`.
    pub(crate) pool: *mut u8,
    pub(crate) mark_stack: *mut usize,
    pub(crate) mark_stack_len: usize,
    pub(crate) mark_sp: Cell<usize>,
    /// Set when a block was marked but could not be pushed; the heap must then be rescanned.
    pub(crate) mark_overflow: Cell<bool>,
    /// Every block below this index is in use, so the first-fit search may start here.
    pub(crate) first_free: Cell<usize>,
    /// `skip[c]`: no free run of at least `2^c` blocks starts below this index. Lets big
    /// requests step over a fragmented low heap they searched already (first fit kept exact).
    pub(crate) skip: [Cell<usize>; SKIP_CLASSES],
    pub(crate) lock_depth: Cell<usize>,
    pub(crate) collecting: Cell<bool>,
    pub(crate) auto_collect: Cell<bool>,
    pub(crate) threshold_blocks: Cell<Option<usize>>,
    pub(crate) allocated_since_collect: Cell<usize>,
    /// Blocks in live allocations, kept up to date for `mem_current`/`mem_peak`.
    pub(crate) used_blocks: Cell<usize>,
    /// Highest `used_blocks` seen.
    pub(crate) peak_blocks: Cell<usize>,
    /// Blocks handed out since the heap was created (`mem_total`).
    pub(crate) total_blocks_allocated: Cell<u64>,
    pub(crate) collections: Cell<usize>,
    pub(crate) roots: Cell<Option<RootSource>>,
    pub(crate) finaliser: Cell<Option<Finaliser>>,
    /// A block that an in-flight `realloc` is moving; a collection started by the move treats
    /// it as a root, because its contents are about to be copied into the new block.
    pub(crate) pinned: Cell<usize>,
    /// Heaps are single-threaded: `Cell` state and raw pointers make this `!Send + !Sync`.
    _not_send: PhantomData<*mut ()>,
}

impl fmt::Debug for Heap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Heap")
            .field("pool", &self.pool)
            .field("blocks", &self.tables.n_blocks())
            .field("locked", &self.is_locked())
            .finish_non_exhaustive()
    }
}

const fn align_up(x: usize, align: usize) -> Option<usize> {
    match x.checked_add(align - 1) {
        Some(v) => Some(v & !(align - 1)),
        None => None,
    }
}

impl Heap {
    /// Creates a heap over `len` bytes at `start` with the default configuration.
    ///
    /// Returns `None` if the region cannot hold the bookkeeping plus at least one block.
    ///
    /// # Safety
    /// See [`Heap::with_config`].
    pub unsafe fn new(start: *mut u8, len: usize) -> Option<Heap> {
        // SAFETY: forwarded to the caller.
        unsafe { Self::with_config(start, len, HeapConfig::default()) }
    }

    /// Creates a heap over `len` bytes at `start`.
    ///
    /// Returns `None` if the region cannot hold the bookkeeping plus at least one block.
    ///
    /// # Safety
    /// The region must be valid for reads and writes for as long as the heap (and any pointer
    /// it handed out) is used, and nothing but the heap and the holders of its allocations may
    /// access it. The region need not be aligned.
    pub unsafe fn with_config(start: *mut u8, len: usize, config: HeapConfig) -> Option<Heap> {
        let begin = start as usize;
        let end = begin.checked_add(len)?;
        let stack_at = align_up(begin, WORD_BYTES)?;
        let tables_at = config
            .mark_stack_len
            .checked_mul(WORD_BYTES)?
            .checked_add(stack_at)?;
        let pool_for = |n: usize| -> Option<usize> {
            let tables_end = tables_at.checked_add(table_words(n).checked_mul(WORD_BYTES)?)?;
            let pool = align_up(tables_end, BYTES_PER_BLOCK)?;
            let pool_end = pool.checked_add(n.checked_mul(BYTES_PER_BLOCK)?)?;
            (pool_end <= end).then_some(pool)
        };
        // Each block costs its bytes plus half a byte of tables; start from that estimate and
        // step down over the rounding of table words and pool alignment.
        let room = end.checked_sub(tables_at)?;
        let blocks_ignoring_tables = room / BYTES_PER_BLOCK;
        let mut n = blocks_ignoring_tables - blocks_ignoring_tables / (2 * BYTES_PER_BLOCK + 1);
        let pool = loop {
            if n == 0 {
                return None;
            }
            if let Some(pool) = pool_for(n) {
                break pool;
            }
            n -= 1;
        };
        // Turn addresses back into pointers derived from `start`, keeping its provenance.
        let at = |addr: usize| start.wrapping_add(addr - begin);
        // SAFETY: the tables lie in the region, between the mark stack and the pool.
        let tables = unsafe { Tables::new(at(tables_at).cast::<usize>(), n) };
        Some(Heap {
            tables,
            pool: at(pool),
            mark_stack: at(stack_at).cast::<usize>(),
            mark_stack_len: config.mark_stack_len,
            mark_sp: Cell::new(0),
            mark_overflow: Cell::new(false),
            first_free: Cell::new(0),
            skip: [const { Cell::new(0) }; SKIP_CLASSES],
            lock_depth: Cell::new(0),
            collecting: Cell::new(false),
            auto_collect: Cell::new(true),
            threshold_blocks: Cell::new(None),
            allocated_since_collect: Cell::new(0),
            used_blocks: Cell::new(0),
            peak_blocks: Cell::new(0),
            total_blocks_allocated: Cell::new(0),
            collections: Cell::new(0),
            roots: Cell::new(None),
            finaliser: Cell::new(None),
            pinned: Cell::new(NO_BLOCK),
            _not_send: PhantomData,
        })
    }

    /// Number of blocks in the pool.
    pub fn total_blocks(&self) -> usize {
        self.tables.n_blocks()
    }

    /// Start of the block pool (the first block), for dumps and pointer checks.
    pub fn pool_start(&self) -> *const u8 {
        self.pool
    }

    /// Bytes of the block pool.
    pub fn pool_bytes(&self) -> usize {
        self.tables.n_blocks() * BYTES_PER_BLOCK
    }

    /// Index of the block containing address `addr`, if it lies in the pool.
    #[inline]
    pub(crate) fn block_of(&self, addr: usize) -> Option<usize> {
        let off = addr.wrapping_sub(self.pool as usize);
        (off < self.pool_bytes()).then_some(off / BYTES_PER_BLOCK)
    }

    /// Pointer to the first byte of block `b`.
    #[inline]
    pub(crate) fn block_ptr(&self, b: usize) -> *mut u8 {
        debug_assert!(b < self.tables.n_blocks());
        self.pool.wrapping_add(b * BYTES_PER_BLOCK)
    }

    /// Locks the heap: allocation fails (returns `None`) until the matching [`Heap::unlock`].
    ///
    /// Locks nest, like `micropython.heap_lock()`. Freeing stays allowed, because a manual
    /// block that cannot be freed would leak for good.
    pub fn lock(&self) {
        self.lock_depth.set(self.lock_depth.get().saturating_add(1));
    }

    /// Undoes one [`Heap::lock`] and returns the remaining depth (0 means unlocked).
    pub fn unlock(&self) -> usize {
        let d = self.lock_depth.get().saturating_sub(1);
        self.lock_depth.set(d);
        d
    }

    /// Whether allocation is currently refused: locked by the owner or inside a collection.
    pub fn is_locked(&self) -> bool {
        self.lock_depth.get() > 0 || self.collecting.get()
    }

    /// Enables automatic collection (on exhaustion and at the threshold), like `gc.enable()`.
    pub fn enable(&self) {
        self.auto_collect.set(true);
    }

    /// Disables automatic collection, like `gc.disable()`; explicit collections still run.
    pub fn disable(&self) {
        self.auto_collect.set(false);
    }

    /// Whether automatic collection is enabled, like `gc.isenabled()`.
    pub fn is_enabled(&self) -> bool {
        self.auto_collect.get()
    }

    /// Sets `gc.threshold()`: collect once this many bytes were allocated since the last
    /// collection (`None` disables). Counted in whole blocks, rounding down, as MicroPython does.
    pub fn set_threshold(&self, bytes: Option<usize>) {
        self.threshold_blocks
            .set(bytes.map(|b| b / BYTES_PER_BLOCK));
    }

    /// The threshold in bytes as `gc.threshold()` reports it, `None` when disabled.
    pub fn threshold(&self) -> Option<usize> {
        self.threshold_blocks.get().map(|b| b * BYTES_PER_BLOCK)
    }

    /// Number of collections run so far, explicit and automatic.
    pub fn collections(&self) -> usize {
        self.collections.get()
    }

    /// Registers where collections get their roots (replacing any earlier source).
    ///
    /// # Safety
    /// While registered, `source.func` must be safe to call with `source.ctx` whenever this
    /// heap collects, which can happen inside any allocation.
    pub unsafe fn set_root_source(&self, source: Option<RootSource>) {
        self.roots.set(source);
    }

    /// Registers the function the sweep calls for unreachable blocks allocated with a
    /// finaliser (replacing any earlier one).
    ///
    /// # Safety
    /// While registered, `finaliser.func` must be safe to call with `finaliser.ctx` and a
    /// pointer to the start of such a block, whenever this heap collects.
    pub unsafe fn set_finaliser(&self, finaliser: Option<Finaliser>) {
        self.finaliser.set(finaliser);
    }
}
