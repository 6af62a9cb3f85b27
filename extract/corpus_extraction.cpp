#include "extract/corpus_extraction.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace actorgraph {
namespace {

void Count(CorpusStats& stats, const Document& doc, const DocumentResult& result) {
  ++stats.documents;
  stats.sentences += result.sentences;
  stats.bytes += doc.text.size();
  stats.relations += result.relations.size();
  stats.mentions += result.mentions.size();
}

// Documents travel between the threads in batches of about kBatchBytes of text (news
// articles are a few kilobytes each): one lock, one wake-up and one allocator round trip per
// batch rather than per document kept -j2 from doubling -j1.
constexpr std::size_t kBatchBytes = 64 * 1024;
constexpr std::size_t kBatchDocuments = 64;

struct Batch {
  std::vector<Document> documents;
  std::vector<DocumentResult> results;
  std::size_t bytes = 0;
};

// The state shared by the reader thread, the workers and the consumer.
class Pipeline {
 public:
  explicit Pipeline(std::size_t max_in_flight) : max_in_flight_(max_in_flight) {}

  // Reader: blocks while too many batches are in flight. Returns false once stopped.
  bool Push(Batch&& batch) {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [&] { return stopped_ || in_flight_ < max_in_flight_; });
    if (stopped_) return false;
    ++in_flight_;
    pending_.push_back({next_in_++, std::move(batch)});
    work_.notify_one();
    return true;
  }
  void CloseInput() {
    std::lock_guard lock(mutex_);
    input_closed_ = true;
    work_.notify_all();
    done_.notify_all();
  }
  // Worker: the next batch to extract, or nothing when the input is exhausted.
  std::optional<std::pair<std::size_t, Batch>> Pop() {
    std::unique_lock lock(mutex_);
    work_.wait(lock, [&] { return stopped_ || input_closed_ || !pending_.empty(); });
    if (stopped_ || pending_.empty()) return std::nullopt;
    auto item = std::move(pending_.front());
    pending_.pop_front();
    return item;
  }
  void Finish(std::size_t seq, Batch&& batch) {
    std::lock_guard lock(mutex_);
    finished_.emplace(seq, std::move(batch));
    done_.notify_all();
  }
  // Consumer: the next batch in order, or nothing when all are delivered.
  std::optional<Batch> Next() {
    std::unique_lock lock(mutex_);
    done_.wait(lock, [&] {
      return stopped_ || finished_.count(next_out_) > 0 || (input_closed_ && next_out_ == next_in_);
    });
    auto it = finished_.find(next_out_);
    if (stopped_ || it == finished_.end()) return std::nullopt;
    Batch batch = std::move(it->second);
    finished_.erase(it);
    ++next_out_;
    --in_flight_;
    space_.notify_one();
    return batch;
  }
  void Stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    work_.notify_all();
    space_.notify_all();
    done_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable work_, space_, done_;
  std::deque<std::pair<std::size_t, Batch>> pending_;
  std::map<std::size_t, Batch> finished_;
  std::size_t max_in_flight_;
  std::size_t in_flight_ = 0;
  std::size_t next_in_ = 0;
  std::size_t next_out_ = 0;
  bool input_closed_ = false;
  bool stopped_ = false;
};

}  // namespace

CorpusStats ExtractCorpus(CorpusReader& reader, const Extractor& extractor, unsigned threads,
                          const std::function<void(const Document&, DocumentResult&&)>& sink) {
  CorpusStats stats;
  if (threads <= 1) {
    reader.ForEach([&](Document&& doc) {
      DocumentResult result = extractor.Extract(doc);
      Count(stats, doc, result);
      sink(doc, std::move(result));
    });
    return stats;
  }

  Pipeline pipeline(4 * static_cast<std::size_t>(threads));
  std::exception_ptr reader_error;
  std::thread reader_thread([&] {
    try {
      Batch batch;
      bool open = true;
      reader.ForEach([&](Document&& doc) {
        if (!open) return;
        batch.bytes += doc.text.size();
        batch.documents.push_back(std::move(doc));
        if (batch.bytes >= kBatchBytes || batch.documents.size() >= kBatchDocuments) {
          open = pipeline.Push(std::move(batch));
          batch = Batch{};
        }
      });
      if (open && !batch.documents.empty()) pipeline.Push(std::move(batch));
    } catch (...) {
      reader_error = std::current_exception();
    }
    pipeline.CloseInput();
  });
  std::vector<std::thread> workers;
  for (unsigned i = 0; i < threads; ++i) {
    workers.emplace_back([&] {
      while (auto item = pipeline.Pop()) {
        Batch& batch = item->second;
        batch.results.reserve(batch.documents.size());
        for (const Document& doc : batch.documents) batch.results.push_back(extractor.Extract(doc));
        pipeline.Finish(item->first, std::move(batch));
      }
    });
  }
  std::exception_ptr sink_error;
  try {
    while (auto batch = pipeline.Next()) {
      for (std::size_t d = 0; d < batch->documents.size(); ++d) {
        Count(stats, batch->documents[d], batch->results[d]);
        sink(batch->documents[d], std::move(batch->results[d]));
      }
    }
  } catch (...) {
    sink_error = std::current_exception();
  }
  pipeline.Stop();
  reader_thread.join();
  for (std::thread& w : workers) w.join();
  if (sink_error) std::rethrow_exception(sink_error);
  if (reader_error) std::rethrow_exception(reader_error);
  return stats;
}

}  // namespace actorgraph
