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

// The state shared by the reader thread, the workers and the consumer.
class Pipeline {
 public:
  explicit Pipeline(std::size_t max_in_flight) : max_in_flight_(max_in_flight) {}

  // Reader: blocks while too many documents are in flight. Returns false once stopped.
  bool Push(Document&& doc) {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [&] { return stopped_ || in_flight_ < max_in_flight_; });
    if (stopped_) return false;
    ++in_flight_;
    pending_.push_back({next_in_++, std::move(doc)});
    work_.notify_one();
    return true;
  }
  void CloseInput() {
    std::lock_guard lock(mutex_);
    input_closed_ = true;
    work_.notify_all();
    done_.notify_all();
  }
  // Worker: the next document to extract, or nothing when the input is exhausted.
  std::optional<std::pair<std::size_t, Document>> Pop() {
    std::unique_lock lock(mutex_);
    work_.wait(lock, [&] { return stopped_ || input_closed_ || !pending_.empty(); });
    if (stopped_ || pending_.empty()) return std::nullopt;
    auto item = std::move(pending_.front());
    pending_.pop_front();
    return item;
  }
  void Finish(std::size_t seq, Document&& doc, DocumentResult&& result) {
    std::lock_guard lock(mutex_);
    finished_.emplace(seq, std::make_pair(std::move(doc), std::move(result)));
    done_.notify_all();
  }
  // Consumer: the next result in order, or nothing when all are delivered.
  std::optional<std::pair<Document, DocumentResult>> Next() {
    std::unique_lock lock(mutex_);
    done_.wait(lock, [&] {
      return stopped_ || finished_.count(next_out_) > 0 || (input_closed_ && next_out_ == next_in_);
    });
    auto it = finished_.find(next_out_);
    if (stopped_ || it == finished_.end()) return std::nullopt;
    auto item = std::move(it->second);
    finished_.erase(it);
    ++next_out_;
    --in_flight_;
    space_.notify_one();
    return item;
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
  std::deque<std::pair<std::size_t, Document>> pending_;
  std::map<std::size_t, std::pair<Document, DocumentResult>> finished_;
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
      reader.ForEach([&](Document&& doc) { pipeline.Push(std::move(doc)); });
    } catch (...) {
      reader_error = std::current_exception();
    }
    pipeline.CloseInput();
  });
  std::vector<std::thread> workers;
  for (unsigned i = 0; i < threads; ++i) {
    workers.emplace_back([&] {
      while (auto item = pipeline.Pop()) {
        DocumentResult result = extractor.Extract(item->second);
        pipeline.Finish(item->first, std::move(item->second), std::move(result));
      }
    });
  }
  std::exception_ptr sink_error;
  try {
    while (auto item = pipeline.Next()) {
      Count(stats, item->first, item->second);
      sink(item->first, std::move(item->second));
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
